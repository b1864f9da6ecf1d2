using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Cli;

/// <summary>
/// Serves a preview on this computer only (127.0.0.1): <c>/</c> is the latest build's page (<see cref="PreviewPage"/>),
/// <c>/wait?v=N</c> answers with the newest version once it is newer than N (or after <see cref="WaitLimit"/>).
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    /// <summary>How long a page's wait for a newer build is held open before it asks again.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(25);

    private readonly HttpListener listener = new();
    private readonly PreviewSession session;
    private readonly Language language;

    private PreviewServer(PreviewSession session, Language language, int port)
    {
        this.session = session;
        this.language = language;
        Address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/";
        listener.Prefixes.Add(Address);
        listener.Prefixes.Add($"http://localhost:{port.ToString(CultureInfo.InvariantCulture)}/");
        listener.Start();
    }

    public string Address { get; }

    /// <summary>A server listening on <paramref name="port"/> (0: a free port); null when it cannot listen there.</summary>
    public static PreviewServer? Start(PreviewSession session, Language language, int port)
    {
        try
        {
            return new PreviewServer(session, language, port == 0 ? FreePort() : port);
        }
        catch (HttpListenerException)
        {
            return null;
        }
    }

    /// <summary>Answers requests until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task Serve(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(listener.Stop).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context, cancellationToken), cancellationToken);
        }
    }

    public void Dispose() => listener.Close();

    private async Task Answer(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        try
        {
            var (status, type, body) = context.Request.Url?.AbsolutePath switch
            {
                "/" or "/index.html" => (200, "text/html; charset=utf-8", PreviewPage.For(session.Current, language)),
                "/wait" => (200, "text/plain; charset=utf-8", (await session.WaitNewer(Version(context.Request), WaitLimit, cancellationToken)
                    .ConfigureAwait(false)).Version.ToString(CultureInfo.InvariantCulture)),
                _ => (404, "text/plain; charset=utf-8", "404"),
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            response.StatusCode = status;
            response.ContentType = type;
            response.Headers["Cache-Control"] = "no-store";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away or the preview ended: nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static int Version(HttpListenerRequest request) =>
        int.TryParse(request.QueryString["v"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
