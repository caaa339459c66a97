namespace Together.Web.Infrastructure.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public string FromAddress { get; set; } = "no-reply@together.example";

    /// <summary>Where .eml files are written when no SMTP host is configured (relative to the data folder's parent, the content root).</summary>
    public string PickupDirectory { get; set; } = "outbox";

    public SmtpSettings Smtp { get; set; } = new();

    public int MaxAttempts { get; set; } = 10;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "";
        public int Port { get; set; } = 587;
        public bool EnableSsl { get; set; } = true;
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
    }
}
