// Progressive enhancement only: every page works without this file.
import { initAll } from "/js/govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

// The shortlist on Find a service (does nothing on other pages).
import "/js/shortlist.js";
