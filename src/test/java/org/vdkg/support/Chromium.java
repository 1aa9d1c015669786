package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium (Debian's {@code chromium}) for tests of the served pages: the DOM after the page's scripts
 * have run, or a screenshot. Each run gets a fresh profile and no background traffic.
 */
public final class Chromium {

    private Chromium() {
    }

    /** The serialised DOM of {@code url} once its scripts and fetches have settled. */
    public static String dumpDom(String url) {
        return dumpDom(url, null);
    }

    /**
     * As {@link #dumpDom(String)}, and, when {@code netLog} is not null, Chromium's own log of every network request
     * it made is written there (see {@link #pageRequests(Path, String)}).
     */
    public static String dumpDom(String url, Path netLog) {
        List<String> cmd = command(null, url);
        if (netLog != null) {
            cmd.add(cmd.size() - 2, "--log-net-log=" + netLog);
        }
        Tools.Run r = Tools.run(120, cmd.toArray(String[]::new));
        if (r.exit() != 0 || !r.out().contains("<html")) {
            throw new AssertionError("chromium could not load " + url + ": " + r.out());
        }
        return r.out();
    }

    /** Writes a PNG of {@code url} at 1400x900 CSS pixels. */
    public static void screenshot(String url, Path png) {
        Tools.Run r = Tools.run(120, command(png, url).toArray(String[]::new));
        if (r.exit() != 0 || !Files.isRegularFile(png)) {
            throw new AssertionError("chromium could not take a screenshot of " + url + ": " + r.out());
        }
    }

    /**
     * The URLs of every request that a page of {@code origin} (e.g. {@code http://127.0.0.1:8080}) caused, read from
     * a net log: requests whose network isolation key is the page's site (any resource, fetch or navigation of the
     * page, whatever host it goes to) or whose initiator is the page's origin. Chromium's own background requests
     * (its services, with no page behind them) are not the page's and are left out.
     */
    public static List<String> pageRequests(Path netLog, String origin) {
        JsonObject log;
        try {
            log = JSON.parse(Files.readString(netLog));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String site = origin.replaceFirst(":\\d+$", "");
        int start = log.getObj("constants").getObj("logEventTypes").get("URL_REQUEST_START_JOB").getAsNumber().value().intValue();
        List<String> urls = new ArrayList<>();
        for (JsonValue e : log.get("events").getAsArray()) {
            JsonObject o = e.getAsObject();
            if (o.get("type").getAsNumber().value().intValue() != start || !o.hasKey("params")) {
                continue;
            }
            JsonObject p = o.getObj("params");
            String nik = p.hasKey("network_isolation_key") ? p.getString("network_isolation_key") : "";
            String initiator = p.hasKey("initiator") ? p.getString("initiator") : "";
            if (nik.startsWith(site + " ") || initiator.equals(origin)) {
                urls.add(p.getString("url"));
            }
        }
        return urls;
    }

    private static List<String> command(Path png, String url) {
        String chromium = Tools.require("chromium", "chromium");
        Path profile;
        try {
            profile = Files.createTempDirectory("vdkg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestProject.deleteTree(profile)));
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,900", "--hide-scrollbars",
                // Virtual time runs until the page's fetches and layout are done (bounded), then the DOM is taken.
                "--virtual-time-budget=30000"));
        cmd.add(png == null ? "--dump-dom" : "--screenshot=" + png);
        cmd.add(url);
        return cmd;
    }
}
