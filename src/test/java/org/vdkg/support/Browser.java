package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, so no driver or extra library), for tests that
 * need more than a DOM dump: one browser profile across several pages (a login that stays cached), scripts run in a
 * page, and what the browser really sent and got back (every request's headers and every response's status).
 * {@link Chromium} stays the simple choice for a single page.
 */
public final class Browser implements AutoCloseable {

    /** Upper bound for one protocol command or one wait; reached only when something is broken. */
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new ArrayList<>();
    private String session;

    private Browser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * Starts a fresh headless Chromium (new profile) with one blank page and any extra command-line flags; skips or
     * fails as {@link Tools} says when it is absent.
     */
    public static Browser start(String... flags) {
        String chromium = Tools.require("chromium", "chromium");
        Path profile;
        Process p;
        try {
            profile = Files.createTempDirectory("vdkg-browser-");
            List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,900"));
            command.addAll(List.of(flags));
            command.add("about:blank");
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // Chromium writes its DevTools port and path into the profile once it listens.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!(Files.isRegularFile(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            List<String> lines = Files.readAllLines(portFile);
            URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, listener)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            Browser b = new Browser(p, profile, socket);
            listener.browser = b;
            JsonObject target = b.send(null, "Target.createTarget", object("url", "about:blank"));
            JsonObject attach = new JsonObject();
            attach.put("targetId", target.get("targetId"));
            attach.put("flatten", true);
            b.session = b.send(null, "Target.attachToTarget", attach).getString("sessionId");
            for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
                b.send(domain + ".enable", new JsonObject());
            }
            return b;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("cannot drive chromium: " + e, e);
        }
    }

    /** A script for {@link #beforeEveryPage}: records every Content-Security-Policy violation in {@code window.__violations}. */
    public static final String RECORD_VIOLATIONS = "window.__violations = []; document.addEventListener('securitypolicyviolation', "
            + "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /** The violations {@link #RECORD_VIOLATIONS} recorded in the current page, as directive and blocked URI. */
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        eval("window.__violations").getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    /** A script run in every document before its own scripts, e.g. a listener that records events. */
    public void beforeEveryPage(String script) {
        send("Page.addScriptToEvaluateOnNewDocument", object("source", script));
    }

    /** Opens {@code url} in the page and waits for its load event (none comes when only the fragment changes). */
    public void open(String url) {
        int seen = eventCount();
        JsonObject r = send("Page.navigate", object("url", url));
        if (r.hasKey("errorText")) {
            throw new AssertionError("chromium could not open " + url + ": " + r.getString("errorText"));
        }
        if (r.hasKey("loaderId")) {
            await(seen, e -> "Page.loadEventFired".equals(method(e)));
        }
    }

    /** Runs {@code expression} in the page (awaiting a promise) and returns its value as JSON, or null for undefined. */
    public JsonValue eval(String expression) {
        JsonObject p = object("expression", expression);
        p.put("awaitPromise", true);
        p.put("returnByValue", true);
        JsonObject r = send("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) {
            throw new AssertionError("script failed: " + JSON.toStringFlat(r.get("exceptionDetails")));
        }
        JsonObject result = r.getObj("result");
        return result.get("value");
    }

    /** The script's value as a string. */
    public String evalString(String expression) {
        JsonValue v = eval(expression);
        return v == null ? null : v.isString() ? v.getAsString().value() : JSON.toStringFlat(v);
    }

    /** How many protocol events have arrived so far: a mark to wait or look from. */
    public int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    /** The events that arrived since {@code from}, in order. */
    public List<JsonObject> eventsSince(int from) {
        synchronized (events) {
            return new ArrayList<>(events.subList(from, events.size()));
        }
    }

    /** Waits until an event after {@code from} matches; fails after a generous bound. */
    public JsonObject await(int from, Predicate<JsonObject> match) {
        JsonObject[] found = {null};
        awaitUntil(from, list -> {
            for (JsonObject e : list) {
                if (match.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Waits until the events after {@code from} (in order) satisfy {@code done}; fails after a generous bound. */
    public void awaitUntil(int from, Predicate<List<JsonObject>> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (events) {
            while (true) {
                if (done.test(events.subList(from, events.size()))) {
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such browser event within " + WAIT_SECONDS + " s");
                }
                try {
                    events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * One request the page made, as the browser's network layer saw it: what it sent (headers included, so a test can
     * see whether cached credentials went along) and how it ended.
     *
     * @param status the answer's status, or 0 when none arrived
     * @param error why it failed (e.g. a CORS refusal), or null
     */
    public record Exchange(String id, String method, String url, String type, Map<String, String> sentHeaders, int status,
            boolean ended, String error) {
        @Override
        public String toString() {
            return method + " " + url.replaceFirst("^https?://[^/]*", "").replaceFirst("\\?.*", "?...") + " (" + type + ") -> "
                    + (status == 0 ? "no answer" : status) + (error == null ? "" : ", " + error)
                    + (sent("Authorization") == null ? "" : ", with credentials");
        }

        /** A header the browser sent, by case-insensitive name, or null. */
        public String sent(String name) {
            return sentHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /** The requests to URLs starting with {@code urlPrefix} among the events after {@code from}, in the order they started. */
    public List<Exchange> exchanges(int from, String urlPrefix) {
        return exchanges(eventsSince(from), urlPrefix);
    }

    /** Waits until at least one request to {@code urlPrefix} was made after {@code from} and every such request has ended. */
    public List<Exchange> awaitExchanges(int from, String urlPrefix) {
        awaitUntil(from, list -> {
            List<Exchange> x = exchanges(list, urlPrefix);
            return !x.isEmpty() && x.stream().allMatch(Exchange::ended);
        });
        return exchanges(from, urlPrefix);
    }

    private static List<Exchange> exchanges(List<JsonObject> list, String urlPrefix) {
        Map<String, String[]> basics = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> headers = new java.util.HashMap<>();
        Map<String, Integer> status = new java.util.HashMap<>();
        Map<String, String> errors = new java.util.HashMap<>();
        java.util.Set<String> ended = new java.util.HashSet<>();
        for (JsonObject e : list) {
            JsonObject p = params(e);
            String id = p.hasKey("requestId") ? p.getString("requestId") : null;
            switch (method(e)) {
                case "Network.requestWillBeSent" -> {
                    JsonObject r = p.getObj("request");
                    basics.put(id, new String[] {r.getString("method"), r.getString("url"), p.hasKey("type") ? p.getString("type") : ""});
                    Map<String, String> h = headers.computeIfAbsent(id, k -> new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER));
                    r.getObj("headers").forEach((k, v) -> h.putIfAbsent(k, v.isString() ? v.getAsString().value() : v.toString()));
                }
                case "Network.requestWillBeSentExtraInfo" -> {
                    Map<String, String> h = headers.computeIfAbsent(id, k -> new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER));
                    p.getObj("headers").forEach((k, v) -> h.put(k, v.isString() ? v.getAsString().value() : v.toString()));
                }
                case "Network.responseReceived" -> status.put(id, p.getObj("response").get("status").getAsNumber().value().intValue());
                case "Network.loadingFinished" -> ended.add(id);
                case "Network.loadingFailed" -> {
                    ended.add(id);
                    errors.put(id, p.getString("errorText") + (p.hasKey("corsErrorStatus") ? " " + JSON.toStringFlat(p.get("corsErrorStatus")) : ""));
                }
                default -> {
                }
            }
        }
        List<Exchange> out = new ArrayList<>();
        basics.forEach((id, b) -> {
            if (b[1].startsWith(urlPrefix)) {
                out.add(new Exchange(id, b[0], b[1], b[2], headers.getOrDefault(id, Map.of()), status.getOrDefault(id, 0),
                        ended.contains(id), errors.get(id)));
            }
        });
        return out;
    }

    /** The method name of an event. */
    public static String method(JsonObject event) {
        return event.hasKey("method") ? event.getString("method") : "";
    }

    /** The params of an event. */
    public static JsonObject params(JsonObject event) {
        return event.hasKey("params") ? event.getObj("params") : new JsonObject();
    }

    /** Sends a command to the page's session and returns its result. */
    public JsonObject send(String method, JsonObject params) {
        return send(session, method, params);
    }

    private JsonObject send(String sessionId, String method, JsonObject params) {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSON.toStringFlat(msg), true).join();
        }
        JsonObject r;
        try {
            r = answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("chromium did not answer " + method + ": " + e, e);
        } finally {
            pending.remove(id);
        }
        if (r.hasKey("error")) {
            throw new AssertionError(method + " failed: " + JSON.toStringFlat(r.get("error")));
        }
        return r.hasKey("result") ? r.getObj("result") : new JsonObject();
    }

    private void received(String text) {
        JsonObject msg = JSON.parse(text);
        if (msg.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.get(msg.get("id").getAsNumber().value().intValue());
            if (f != null) {
                f.complete(msg);
            }
            return;
        }
        if ("Page.javascriptDialogOpening".equals(method(msg))) {
            // An alert() would stall the page; dismiss it (and keep the event, so a test can see it happened).
            CompletableFuture.runAsync(() -> send("Page.handleJavaScriptDialog", object("accept", true)));
        }
        synchronized (events) {
            events.add(msg);
            events.notifyAll();
        }
    }

    private static JsonObject object(String key, Object value) {
        JsonObject o = new JsonObject();
        if (value instanceof Boolean bool) {
            o.put(key, bool);
        } else {
            o.put(key, value.toString());
        }
        return o;
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The browser is stopped below anyway.
        }
        // Chromium's helper processes (renderers, zygote) outlive a killed parent for a moment: stop them all, by handle.
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        TestProject.deleteTree(profile);
    }

    /** Joins the fragments of each protocol message and hands whole messages to the browser. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Browser browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (browser == null) {
                    Thread.onSpinWait();
                }
                browser.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
