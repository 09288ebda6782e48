using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace GenesysCalls.Emulator;

/// <summary>
/// One WebSocket on a channel: a single sender drains an ordered outbox (so delayed events keep their order), a heartbeat loop
/// also watches the channel's expiry, and the receive loop answers `{"message":"ping"}`.
/// </summary>
internal sealed class ChannelSocketHost
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private readonly WebSocket _socket;
    private readonly Channel<Outgoing> _outbox =
        System.Threading.Channels.Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _abort = new();
    private readonly object _reorderGate = new();
    private string? _held;

    public ChannelSocketHost(WebSocket socket, NotificationChannel channel)
    {
        _socket = socket;
        Channel = channel;
    }

    public NotificationChannel Channel { get; }

    public void Send(string json, int delayMs = 0) => _outbox.Writer.TryWrite(new Outgoing(json, DateTimeOffset.UtcNow.AddMilliseconds(delayMs)));

    /// <summary>A call event, with the reorder fault applied: the first of a pair is held until the second arrives.</summary>
    public void SendEvent(string json, NotificationFaultSettings faults)
    {
        if (!faults.ReorderEvents)
        {
            Send(json, faults.DelayEventsMs);
            return;
        }

        lock (_reorderGate)
        {
            if (_held == null)
            {
                _held = json;
                _ = ReleaseLaterAsync(json, faults);
                return;
            }

            Send(json, faults.DelayEventsMs);
            Send(_held, faults.DelayEventsMs);
            _held = null;
        }
    }

    /// <summary>Sends a close frame once everything queued before it has gone out.</summary>
    public void Close(WebSocketCloseStatus status, string reason, int afterMs = 0) =>
        _outbox.Writer.TryWrite(new Outgoing(null, DateTimeOffset.UtcNow.AddMilliseconds(afterMs), status, reason));

    /// <summary>Drops the connection without a close frame.</summary>
    public void Abort()
    {
        _abort.Cancel();
        _socket.Abort();
    }

    public async Task RunAsync(NotificationHub hub, TimeSpan heartbeat, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token, stopping);
        var sender = SendLoopAsync(linked.Token);
        var beats = HeartbeatLoopAsync(hub, heartbeat, linked.Token);
        try
        {
            await ReceiveLoopAsync(hub, linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        linked.Cancel();
        _outbox.Writer.TryComplete();
        await Task.WhenAll(Quietly(sender), Quietly(beats));
        if (_socket.State != WebSocketState.Closed) _socket.Abort();
    }

    private async Task ReleaseLaterAsync(string json, NotificationFaultSettings faults)
    {
        await Task.Delay(Math.Max(1, faults.ReorderWindowMs));
        lock (_reorderGate)
        {
            if (!ReferenceEquals(_held, json)) return;
            _held = null;
            Send(json, faults.DelayEventsMs);
        }
    }

    private async Task SendLoopAsync(CancellationToken cancel)
    {
        await foreach (var item in _outbox.Reader.ReadAllAsync(cancel))
        {
            var wait = item.Due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
            if (item.CloseStatus is { } status)
            {
                await _socket.CloseOutputAsync(status, item.CloseReason, cancel);
                _ = AbortIfNoAnswerAsync();
                return;
            }

            await _socket.SendAsync(Encoding.UTF8.GetBytes(item.Json!), WebSocketMessageType.Text, true, cancel);
        }
    }

    private async Task AbortIfNoAnswerAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        if (_socket.State != WebSocketState.Closed) Abort();
    }

    private async Task HeartbeatLoopAsync(NotificationHub hub, TimeSpan heartbeat, CancellationToken cancel)
    {
        var next = DateTimeOffset.UtcNow + heartbeat;
        while (!cancel.IsCancellationRequested)
        {
            var now = DateTimeOffset.UtcNow;
            var wait = next - now < Tick ? next - now : Tick;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
            if (hub.ExpireIfDue(Channel)) return;
            if (DateTimeOffset.UtcNow < next) continue;
            next += heartbeat;
            if (hub.Faults.StopHeartbeats) continue;
            Send(NotificationMessages.Heartbeat);
            hub.Count(heartbeat: true);
        }
    }

    private async Task ReceiveLoopAsync(NotificationHub hub, CancellationToken cancel)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancel);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > 64 * 1024) return;
            if (!result.EndOfMessage) continue;
            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (IsPing(text))
            {
                Send(NotificationMessages.Pong);
                hub.Count(pong: true);
            }
        }
    }

    private static bool IsPing(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() == "ping";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // The socket is going away; a failed send or cancelled wait changes nothing.
        }
    }

    private sealed record Outgoing(string? Json, DateTimeOffset Due, WebSocketCloseStatus? CloseStatus = null, string? CloseReason = null);
}
