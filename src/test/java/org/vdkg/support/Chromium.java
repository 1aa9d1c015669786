package org.vdkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Headless Chromium (Debian's {@code chromium}) for tests of the served pages: the DOM after the page's scripts
 * have run, or a screenshot. Each run gets a fresh profile and no background traffic.
 */
public final class Chromium {

    private Chromium() {
    }

    /** The serialised DOM of {@code url} once its scripts and fetches have settled. */
    public static String dumpDom(String url) {
        Tools.Run r = Tools.run(120, command(null, url).toArray(String[]::new));
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
