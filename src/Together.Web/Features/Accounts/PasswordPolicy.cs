using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Together.Web.Features.Accounts;

/// <summary>
/// NCSC-style password rules: long (12 characters or more), no composition rules, and refuse what attackers
/// try first — common passwords (in any case, with numbers or symbols added at either end, or with simple letter
/// swaps), repeated characters, and the person's own email name. Pure logic, so it is tested directly.
/// </summary>
public sealed class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    public const string TooShort = "Your password must be 12 characters or more";
    public const string TooLong = "Your password must be 256 characters or fewer";
    public const string Common = "Choose a password that is harder to guess – this one, or the word it is built on, is on a list of common passwords that attackers try first";
    public const string Repetitive = "Choose a password that is harder to guess – do not repeat the same few characters";
    public const string ContainsEmailName = "Choose a password that is harder to guess – it must not contain your email address or the name in it";

    private readonly HashSet<string> denied;

    public PasswordPolicy(IEnumerable<string> commonPasswords)
    {
        denied = new HashSet<string>(commonPasswords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0 && !p.StartsWith('#')), StringComparer.Ordinal);
    }

    /// <summary>The list shipped with the service (Features/Accounts/CommonPasswords.txt, embedded).</summary>
    public static PasswordPolicy Default { get; } = new(LoadEmbeddedList());

    public int DeniedCount => denied.Count;

    /// <summary>Every reason the password is refused, most important first; empty when it is acceptable.</summary>
    public IReadOnlyList<string> Check(string? password, string? email)
    {
        var problems = new List<string>();
        password ??= "";
        if (password.Length < MinimumLength)
        {
            problems.Add(TooShort);
            return problems;
        }

        if (password.Length > MaximumLength)
        {
            problems.Add(TooLong);
            return problems;
        }

        var lower = password.Trim().ToLowerInvariant();
        if (IsCommon(lower))
        {
            problems.Add(Common);
        }
        else if (lower.Distinct().Count() < 4)
        {
            problems.Add(Repetitive);
        }

        if (ContainsEmailNameOf(lower, email))
        {
            problems.Add(ContainsEmailName);
        }

        return problems;
    }

    private bool IsCommon(string lower)
    {
        if (denied.Contains(lower))
        {
            return true;
        }

        // "Football2026!", "!!password1234", "p@ssw0rd99": strip what people add at the ends, undo simple swaps.
        var core = StripEnds(lower);
        return core.Length == 0 || denied.Contains(core) || denied.Contains(Unswap(core)) || denied.Contains(StripEnds(Unswap(lower)))
            || denied.Contains(Squash(core));
    }

    private static string StripEnds(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && !char.IsLetter(value[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>Common look-alike swaps: p@ssw0rd is password.</summary>
    private static string Unswap(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Spaces, dots and dashes between words do not make "cheshire east" harder to guess than "cheshireeast".</summary>
    private static string Squash(string value) =>
        new([.. value.Where(char.IsLetterOrDigit)]);

    private static bool ContainsEmailNameOf(string lower, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var address = email.Trim().ToLowerInvariant();
        var local = address.Split('@')[0];
        if (lower.Contains(address, StringComparison.Ordinal) || (local.Length >= 3 && lower.Contains(local, StringComparison.Ordinal)))
        {
            return true;
        }

        // alex.morgan@… : neither "alex" nor "morgan" should be in the password.
        return local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Length >= 4 && lower.Contains(part, StringComparison.Ordinal));
    }

    private static List<string> LoadEmbeddedList()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("accounts/common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}

/// <summary>Applies <see cref="PasswordPolicy"/> wherever Identity sets a password (invitation, change, seeding).</summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<TogetherUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<TogetherUser> manager, TogetherUser user, string? password)
    {
        var problems = PasswordPolicy.Default.Check(password, user.Email);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p })]));
    }
}

/// <summary>Identity's own messages in the service's plain words.</summary>
public sealed class TogetherIdentityErrorDescriber : IdentityErrorDescriber
{
    // The length rule is checked by PasswordPolicy with its own message; one message per problem is enough.
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = PasswordPolicy.TooShort };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Your current password is not correct" };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Someone already has an account with this email address" };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Someone already has an account with this email address" };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "The link or code is not valid" };
}
