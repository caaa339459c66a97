using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Outcomes;
using Together.Web.Features.Outcomes.TurnTheCurve;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Data.TurnTheCurve;

public enum CurveAccessResult
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <summary>Shared by the action pages: finds the indicator and its plan and checks the person may edit it.</summary>
public static class CurveAccess
{
    public static async Task<(CurveAccessResult Result, Indicator? Indicator)> CheckAsync(TogetherDbContext db, TurnTheCurveService service, System.Security.Claims.ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null)
        {
            return (CurveAccessResult.NotFound, null);
        }

        return await service.CanEditAsync(user, indicator) ? (CurveAccessResult.Allowed, indicator) : (CurveAccessResult.Forbidden, indicator);
    }
}
