using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace EduPlan.Search.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client for browser tests: starts a headless Chromium
/// with its own throw-away profile, opens one page and drives it. No NuGet packages: only
/// <see cref="ClientWebSocket"/> and System.Text.Json.
/// </summary>
/// <remarks>
/// Selectors are CSS selectors; <c>&gt;&gt;&gt;</c> steps into a shadow root, e.g.
/// <c>"eduplan-search &gt;&gt;&gt; input.q"</c>. Use <see cref="IsAvailable"/> to skip
/// tests on machines without Chromium.
/// <code>
/// await using var browser = await Chromium.LaunchAsync();
/// await browser.NavigateAsync(baseUrl + "/");
/// await browser.TypeAsync("#q", "phổ cập giáo dục");
/// await browser.WaitForAsync("document.querySelectorAll('.hit').length > 0");
/// </code>
/// </remarks>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Path of the browser; the EDUPLAN_CHROMIUM environment variable overrides it.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("EDUPLAN_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>True when the Chromium executable exists.</summary>
    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>
    /// How long a wait for the page may take. The browser tests run beside the scale tests on two cores: at 15 s, a wait for the
    /// search results timed out about once in ten full runs, though the same test passed alone in 2 s.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(40);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    // Resolves a selector, stepping into shadow roots at ">>>".
    private const string QueryJs =
        "(s) => { let root = document, el = null;" +
        " for (const part of s.split('>>>')) {" +
        "   el = root.querySelector(part.trim()); if (!el) return null; root = el.shadowRoot || el; }" +
        " return el; }";

    private readonly Process _process;
    private readonly string _userDataDir;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _cts = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<Guid, EventWaiter> _waiters = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly StringBuilder _stderr = new();
    private Task? _receiveLoop;
    private string? _sessionId;
    private int _nextId;
    private int _disposed;

    private sealed record EventWaiter(string Method, Func<JsonElement, bool> Predicate, TaskCompletionSource<JsonElement> Completion);

    private Chromium(Process process, string userDataDir)
    {
        _process = process;
        _userDataDir = userDataDir;
    }

    /// <summary>The DevTools browser endpoint (ws://127.0.0.1:port/devtools/browser/…).</summary>
    public Uri? BrowserWebSocketUrl { get; private set; }

    /// <summary>Console messages, uncaught exceptions and browser log entries (CSP violations,
    /// failed requests) seen so far, as "level: text".</summary>
    public IReadOnlyList<string> ConsoleMessages => _console.ToArray();

    /// <summary>Only the error-level entries of <see cref="ConsoleMessages"/>.</summary>
    public IReadOnlyList<string> Errors =>
        _console.Where(m => m.StartsWith("error:", StringComparison.Ordinal) || m.StartsWith("exception:", StringComparison.Ordinal)).ToArray();

    /// <summary>Starts headless Chromium and opens a blank page.</summary>
    public static async Task<Chromium> LaunchAsync(int width = 1280, int height = 900, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable) throw new InvalidOperationException($"Chromium not found at {ExecutablePath}.");
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var userDataDir = Path.Combine(Path.GetTempPath(), "eduplan-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(userDataDir);

        var psi = new ProcessStartInfo(ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = false,
            CreateNoWindow = true,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--no-default-browser-check", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
                     $"--user-data-dir={userDataDir}", $"--window-size={width},{height}",
                     "--remote-debugging-port=0", "about:blank",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var browser = new Chromium(process, userDataDir);
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (browser._stderr)
            {
                if (browser._stderr.Length < 64_000) browser._stderr.AppendLine(e.Data);
            }
            const string marker = "DevTools listening on ";
            var i = e.Data.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && Uri.TryCreate(e.Data[(i + marker.Length)..].Trim(), UriKind.Absolute, out var uri))
                endpoint.TrySetResult(uri);
        };
        process.OutputDataReceived += (_, _) => { }; // drain
        process.Exited += (_, _) => endpoint.TrySetException(
            new InvalidOperationException($"Chromium exited (code {SafeExitCode(process)}) before DevTools was ready:\n{browser.StderrText()}"));

        try
        {
            if (!process.Start()) throw new InvalidOperationException("Could not start Chromium.");
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();

            using var launchCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            launchCts.CancelAfter(limit);
            var ws = await endpoint.Task.WaitAsync(launchCts.Token).ConfigureAwait(false);
            browser.BrowserWebSocketUrl = ws;
            await browser._socket.ConnectAsync(ws, launchCts.Token).ConfigureAwait(false);
            browser._receiveLoop = Task.Run(browser.ReceiveLoopAsync, CancellationToken.None);

            var target = await browser.SendAsync("Target.createTarget", new { url = "about:blank" }, browserLevel: true, cancellationToken: launchCts.Token).ConfigureAwait(false);
            var targetId = target.GetProperty("targetId").GetString()!;
            var attached = await browser.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, browserLevel: true, cancellationToken: launchCts.Token).ConfigureAwait(false);
            browser._sessionId = attached.GetProperty("sessionId").GetString();

            await browser.SendAsync("Page.enable", cancellationToken: launchCts.Token).ConfigureAwait(false);
            await browser.SendAsync("Runtime.enable", cancellationToken: launchCts.Token).ConfigureAwait(false);
            await browser.SendAsync("Log.enable", cancellationToken: launchCts.Token).ConfigureAwait(false);
            await browser.SendAsync("Page.bringToFront", cancellationToken: launchCts.Token).ConfigureAwait(false);
            await browser.SendAsync("Emulation.setFocusEmulationEnabled", new { enabled = true }, cancellationToken: launchCts.Token).ConfigureAwait(false);
            await browser.SetViewportAsync(width, height, cancellationToken: launchCts.Token).ConfigureAwait(false);
            return browser;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var log = browser.StderrText();
            await browser.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"Chromium did not become ready within {limit.TotalSeconds:0}s.\n{log}");
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // ------------------------------------------------------------------ page API

    /// <summary>Navigates and waits for the load event (same-document navigations return at once).</summary>
    public async Task NavigateAsync(string url, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(limit);
        var load = WaitForEventAsync("Page.loadEventFired", _ => true, cts.Token);
        try
        {
            var result = await SendAsync("Page.navigate", new { url }, cancellationToken: cts.Token).ConfigureAwait(false);
            if (result.TryGetProperty("errorText", out var err) && err.GetString() is { Length: > 0 } text)
                throw new InvalidOperationException($"Navigation to {url} failed: {text}");
            if (!result.TryGetProperty("loaderId", out _)) return; // same-document (hash) navigation
            await load.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Page {url} did not load within {limit.TotalSeconds:0.#}s.");
        }
        finally
        {
            cts.Cancel(); // releases the waiter when it was not needed
            try { await load.ConfigureAwait(false); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page (promises are awaited) and
    /// returns its value converted from JSON. Throws <see cref="JavaScriptException"/> when it throws.</summary>
    public async Task<T?> EvaluateAsync<T>(string expression, CancellationToken cancellationToken = default)
    {
        var value = await EvaluateRawAsync(expression, cancellationToken).ConfigureAwait(false);
        if (value is not { } v || v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return default;
        if (typeof(T) == typeof(JsonElement)) return (T)(object)v;
        return v.Deserialize<T>(JsonOptions);
    }

    /// <summary>Evaluates a JavaScript expression for its side effects.</summary>
    public Task EvaluateAsync(string expression, CancellationToken cancellationToken = default) =>
        EvaluateRawAsync(expression, cancellationToken);

    /// <summary>Polls a JavaScript condition until it is truthy. Errors while evaluating
    /// (element not there yet, page navigating) count as false.</summary>
    public async Task WaitForAsync(string jsCondition, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        string? lastError = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (await EvaluateAsync<bool>($"!!({jsCondition})", cancellationToken).ConfigureAwait(false)) return;
                lastError = null;
            }
            catch (JavaScriptException ex) { lastError = ex.Message; }
            catch (CdpException ex) { lastError = ex.Message; }
            if (clock.Elapsed > limit)
                throw new TimeoutException($"Condition not met within {limit.TotalSeconds:0.#}s: {jsCondition}" + (lastError is null ? "" : $" (last error: {lastError})"));
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until an element matching the selector exists.</summary>
    public Task WaitForSelectorAsync(string selector, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForAsync($"({QueryJs})({Js(selector)}) !== null", timeout, cancellationToken);

    /// <summary>Focuses the element, replaces its content (unless <paramref name="clear"/> is false)
    /// by inserting the text as the keyboard would, then dispatches an input event.</summary>
    public async Task TypeAsync(string selector, string text, bool clear = true, CancellationToken cancellationToken = default)
    {
        await EvaluateRawAsync(
            $"(() => {{ const el = ({QueryJs})({Js(selector)});" +
            $" if (!el) throw new Error('No element matches ' + {Js(selector)});" +
            " el.scrollIntoView({ block: 'center' }); el.focus();" +
            $" if ({(clear ? "true" : "false")}) {{ if (typeof el.select === 'function') el.select(); else if ('value' in el) el.value = ''; }}" +
            " else if (typeof el.setSelectionRange === 'function' && typeof el.value === 'string') el.setSelectionRange(el.value.length, el.value.length);" +
            " return true; })()", cancellationToken).ConfigureAwait(false);
        if (text.Length > 0)
            await SendAsync("Input.insertText", new { text }, cancellationToken: cancellationToken).ConfigureAwait(false);
        else if (clear)
            await SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key = "Backspace", code = "Backspace", windowsVirtualKeyCode = 8 }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await EvaluateRawAsync(
            $"(() => {{ const el = ({QueryJs})({Js(selector)}); if (el) el.dispatchEvent(new Event('input', {{ bubbles: true, composed: true }})); return true; }})()",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clicks an element with element.click() (a synthetic click event for SVG elements).</summary>
    public Task ClickAsync(string selector, CancellationToken cancellationToken = default) =>
        EvaluateRawAsync(
            $"(() => {{ const el = ({QueryJs})({Js(selector)});" +
            $" if (!el) throw new Error('No element matches ' + {Js(selector)});" +
            " el.scrollIntoView({ block: 'center' });" +
            " if (typeof el.click === 'function') el.click();" +
            " else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window, button: 0 }));" +
            " return true; })()", cancellationToken);

    /// <summary>Clicks the centre of an element with real (trusted) mouse events.</summary>
    public async Task MouseClickAsync(string selector, CancellationToken cancellationToken = default)
    {
        var box = await EvaluateAsync<double[]>(
            $"(() => {{ const el = ({QueryJs})({Js(selector)});" +
            $" if (!el) throw new Error('No element matches ' + {Js(selector)});" +
            " el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();" +
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()", cancellationToken).ConfigureAwait(false);
        if (box is not { Length: 2 }) throw new InvalidOperationException($"No box for {selector}");
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent",
                new { type, x = box[0], y = box[1], button = type == "mouseMoved" ? "none" : "left", clickCount = type == "mouseMoved" ? 0 : 1 },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Presses Enter in the focused element (submits a form, follows a focused link).</summary>
    public Task PressEnterAsync(CancellationToken cancellationToken = default) => PressKeyAsync("Enter", cancellationToken);

    /// <summary>Presses a key: Enter, Tab, Escape, Backspace, ArrowDown, ArrowUp, ArrowLeft,
    /// ArrowRight, Home, End, Space, or a single character.</summary>
    public async Task PressKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        var (code, vk, text) = key switch
        {
            "Enter" => ("Enter", 13, "\r"),
            "Tab" => ("Tab", 9, (string?)null),
            "Escape" => ("Escape", 27, null),
            "Backspace" => ("Backspace", 8, null),
            "ArrowDown" => ("ArrowDown", 40, null),
            "ArrowUp" => ("ArrowUp", 38, null),
            "ArrowLeft" => ("ArrowLeft", 37, null),
            "ArrowRight" => ("ArrowRight", 39, null),
            "Home" => ("Home", 36, null),
            "End" => ("End", 35, null),
            "Space" or " " => ("Space", 32, " "),
            { Length: 1 } c => (char.IsLetter(c[0]) ? "Key" + char.ToUpperInvariant(c[0]) : char.IsDigit(c[0]) ? "Digit" + c : "", (int)char.ToUpperInvariant(c[0]), c),
            _ => throw new ArgumentException($"Unsupported key {key}", nameof(key)),
        };
        var keyName = key == "Space" ? " " : key;
        await SendAsync("Input.dispatchKeyEvent",
            text is null
                ? new { type = "rawKeyDown", key = keyName, code, windowsVirtualKeyCode = vk, nativeVirtualKeyCode = vk }
                : (object)new { type = "keyDown", key = keyName, code, windowsVirtualKeyCode = vk, nativeVirtualKeyCode = vk, text, unmodifiedText = text },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await SendAsync("Input.dispatchKeyEvent",
            new { type = "keyUp", key = keyName, code, windowsVirtualKeyCode = vk, nativeVirtualKeyCode = vk },
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a PNG of the viewport, or of the whole page when <paramref name="fullPage"/>.</summary>
    public async Task ScreenshotAsync(string path, bool fullPage = false, CancellationToken cancellationToken = default)
    {
        object args = new { format = "png" };
        if (fullPage)
        {
            var metrics = await SendAsync("Page.getLayoutMetrics", cancellationToken: cancellationToken).ConfigureAwait(false);
            var size = metrics.TryGetProperty("cssContentSize", out var css) ? css : metrics.GetProperty("contentSize");
            args = new
            {
                format = "png",
                captureBeyondViewport = true,
                clip = new { x = 0, y = 0, width = Math.Ceiling(size.GetProperty("width").GetDouble()), height = Math.Ceiling(size.GetProperty("height").GetDouble()), scale = 1 },
            };
        }
        var shot = await SendAsync("Page.captureScreenshot", args, cancellationToken: cancellationToken).ConfigureAwait(false);
        var bytes = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Emulates a viewport (e.g. 375 wide for a phone).</summary>
    public Task SetViewportAsync(int width, int height, double deviceScaleFactor = 1, bool mobile = false, CancellationToken cancellationToken = default) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor, mobile }, cancellationToken: cancellationToken);

    /// <summary>Sends any CDP command to the page session (or to the browser) and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, bool browserLevel = false, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        var message = new Dictionary<string, object?> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } };
        if (!browserLevel)
            message["sessionId"] = _sessionId ?? throw new InvalidOperationException("No page session.");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
            using var reg = cancellationToken.Register(() => tcs.TrySetCanceled(cancellationToken));
            return await tcs.Task.ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Waits for the next page event with this method name that satisfies the predicate.</summary>
    public async Task<JsonElement> WaitForEventAsync(string method, Func<JsonElement, bool> predicate, CancellationToken cancellationToken = default)
    {
        var key = Guid.NewGuid();
        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[key] = new EventWaiter(method, predicate, tcs);
        try
        {
            using var reg = cancellationToken.Register(() => tcs.TrySetCanceled(cancellationToken));
            return await tcs.Task.ConfigureAwait(false);
        }
        finally
        {
            _waiters.TryRemove(key, out _);
        }
    }

    // ------------------------------------------------------------------ internals

    private async Task<JsonElement?> EvaluateRawAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate",
            new { expression, returnByValue = true, awaitPromise = true, userGesture = true },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.TryGetProperty("exceptionDetails", out var details))
        {
            var text = details.TryGetProperty("exception", out var ex) && ex.TryGetProperty("description", out var d)
                ? d.GetString()
                : details.TryGetProperty("text", out var t) ? t.GetString() : "JavaScript error";
            throw new JavaScriptException(text ?? "JavaScript error", expression);
        }
        return result.TryGetProperty("result", out var r) && r.TryGetProperty("value", out var v) ? v : null;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_cts.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                message.SetLength(0);
                WebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer, _cts.Token).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close) return;
                    message.Write(buffer, 0, received.Count);
                } while (!received.EndOfMessage);

                JsonElement root;
                using (var doc = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length)))
                    root = doc.RootElement.Clone();
                Dispatch(root);
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
        catch (ObjectDisposedException) { }
        finally
        {
            var closed = new CdpException("The DevTools connection closed.");
            foreach (var p in _pending.Values) p.TrySetException(closed);
            foreach (var w in _waiters.Values) w.Completion.TrySetException(closed);
        }
    }

    private void Dispatch(JsonElement root)
    {
        if (root.TryGetProperty("id", out var idEl) && idEl.TryGetInt32(out var id))
        {
            if (!_pending.TryGetValue(id, out var tcs)) return;
            if (root.TryGetProperty("error", out var error))
            {
                var msg = error.TryGetProperty("message", out var m) ? m.GetString() : error.ToString();
                var data = error.TryGetProperty("data", out var dd) ? " " + dd : "";
                tcs.TrySetException(new CdpException($"{msg}{data}"));
            }
            else
            {
                tcs.TrySetResult(root.TryGetProperty("result", out var result) ? result : default);
            }
            return;
        }

        if (!root.TryGetProperty("method", out var methodEl)) return;
        var method = methodEl.GetString() ?? "";
        var sessionId = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        if (sessionId is not null && sessionId != _sessionId) return;

        RecordConsole(method, parameters);
        foreach (var w in _waiters.Values)
        {
            if (w.Method != method) continue;
            bool match;
            try { match = w.Predicate(parameters); }
            catch { match = false; }
            if (match) w.Completion.TrySetResult(parameters);
        }
    }

    private void RecordConsole(string method, JsonElement p)
    {
        try
        {
            switch (method)
            {
                case "Runtime.consoleAPICalled":
                {
                    var type = p.GetProperty("type").GetString();
                    var parts = p.GetProperty("args").EnumerateArray().Select(a =>
                        a.TryGetProperty("value", out var v) ? v.ToString() : a.TryGetProperty("description", out var d) ? d.GetString() : a.GetProperty("type").GetString());
                    _console.Enqueue($"{(type == "error" || type == "assert" ? "error" : type)}: {string.Join(' ', parts)}");
                    break;
                }
                case "Runtime.exceptionThrown":
                {
                    var d = p.GetProperty("exceptionDetails");
                    var text = d.TryGetProperty("exception", out var ex) && ex.TryGetProperty("description", out var desc) ? desc.GetString() : d.GetProperty("text").GetString();
                    _console.Enqueue($"exception: {text}");
                    break;
                }
                case "Log.entryAdded":
                {
                    var e = p.GetProperty("entry");
                    var url = e.TryGetProperty("url", out var u) ? $" ({u.GetString()})" : "";
                    _console.Enqueue($"{e.GetProperty("level").GetString()}: [{e.GetProperty("source").GetString()}] {e.GetProperty("text").GetString()}{url}");
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            // unexpected shape: ignore
        }
    }

    private static string Js(string value) => JsonSerializer.Serialize(value);

    private string StderrText()
    {
        lock (_stderr) return _stderr.ToString();
    }

    private static string SafeExitCode(Process p)
    {
        try { return p.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture); }
        catch (InvalidOperationException) { return "?"; }
    }

    /// <summary>Closes the browser, kills the process tree and deletes the profile folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id = Interlocked.Increment(ref _nextId), method = "Browser.close", @params = new { } });
                using var closeCts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, closeCts.Token).ConfigureAwait(false); }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException) { }
            }
        }
        finally
        {
            _cts.Cancel();
            try
            {
                if (!_process.HasExited && !_process.WaitForExit(2000)) _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException) { /* never started or already gone */ }
            catch (System.ComponentModel.Win32Exception) { }

            if (_receiveLoop is not null)
            {
                try { await _receiveLoop.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false); }
                catch (Exception ex) when (ex is TimeoutException or OperationCanceledException) { }
            }
            _socket.Dispose();
            _process.Dispose();
            _cts.Dispose();
            _sendLock.Dispose();

            for (var attempt = 0; attempt < 5 && Directory.Exists(_userDataDir); attempt++)
            {
                try { Directory.Delete(_userDataDir, recursive: true); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { await Task.Delay(200).ConfigureAwait(false); }
            }
        }
    }
}

/// <summary>A DevTools protocol error (bad parameters, closed target, lost connection).</summary>
public sealed class CdpException(string message) : Exception(message);

/// <summary>JavaScript evaluated in the page threw.</summary>
public sealed class JavaScriptException(string message, string expression) : Exception(message)
{
    public string Expression { get; } = expression;
}
