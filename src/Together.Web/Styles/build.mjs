// Builds the front-end assets: GOV.UK Frontend compiled with the partnership's brand.
// Runs from the .NET build when wwwroot/css/app.css is missing or older than the styles.
import * as sass from "sass";
import { mkdirSync, writeFileSync, cpSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const out = join(root, "wwwroot");

const result = sass.compile(join(root, "Styles", "app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
mkdirSync(join(out, "css"), { recursive: true });
writeFileSync(join(out, "css", "app.css"), result.css);

const printResult = sass.compile(join(root, "Styles", "print.scss"), { style: "compressed" });
writeFileSync(join(out, "css", "print.css"), printResult.css);

mkdirSync(join(out, "js"), { recursive: true });
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
// Images only: the GDS Transport font is for GOV.UK alone and is not copied.
cpSync(join(govuk, "assets", "images"), join(out, "assets", "images"), { recursive: true });
console.log("Front-end assets built in wwwroot/");
