package org.vdkg.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;

/**
 * The commit that last changed each claim, read with {@code git blame} over its lines in its claims file when the
 * project is a git checkout. A claim with a line not yet committed, a file git does not track, or a machine without
 * git get no commit: the history is left out rather than guessed.
 */
public final class ClaimHistory {

    /** A commit: its full id and when it was committed. */
    public record Commit(String id, Instant committed) {
    }

    private static final String UNCOMMITTED = "0".repeat(40);
    private static final long TIMEOUT_SECONDS = 60;

    private ClaimHistory() {
    }

    /** {@code <source-id>/<claim-id>} to the commit that last changed the claim's lines; empty outside git. */
    public static Map<String, Commit> read(Path root, List<ClaimsFile> files) {
        Map<String, Commit> out = new LinkedHashMap<>();
        if (!isCheckoutRoot(root)) {
            return out;
        }
        for (ClaimsFile f : files) {
            List<Commit> lines = blame(root, f.file());
            if (lines.isEmpty()) {
                continue;
            }
            String source = f.sourceId();
            List<ClaimRecord> claims = f.claims();
            for (int i = 0; i < claims.size(); i++) {
                ClaimRecord c = claims.get(i);
                int from = c.pos().line();
                int to = i + 1 < claims.size() ? claims.get(i + 1).pos().line() - 1 : lines.size();
                Commit last = latest(lines, from, to);
                if (c.id() != null && last != null) {
                    out.put(source + "/" + c.id(), last);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code root} is the top of a git checkout: a project kept inside another repository (a test fixture, a
     * copy under a build folder) has no history of its own.
     */
    private static boolean isCheckoutRoot(Path root) {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--show-toplevel").directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String top = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || top.isEmpty()) {
                p.destroyForcibly();
                return false;
            }
            return Path.of(top).toRealPath().equals(root.toRealPath());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The latest commit of lines {@code from..to} (1-based), or null when one of them is not committed. */
    private static Commit latest(List<Commit> lines, int from, int to) {
        Commit last = null;
        for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
            Commit c = lines.get(line - 1);
            if (c == null) {
                return null;
            }
            if (last == null || c.committed().isAfter(last.committed())) {
                last = c;
            }
        }
        return last;
    }

    /** The commit of each line of {@code file} (null for an uncommitted line); empty when git cannot tell. */
    private static List<Commit> blame(Path root, String file) {
        ProcessBuilder pb = new ProcessBuilder("git", "blame", "--line-porcelain", "--", file).directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        List<Commit> lines = new ArrayList<>();
        Map<String, Commit> commits = new HashMap<>();
        try {
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String sha = null;
                String line;
                while ((line = r.readLine()) != null) {
                    if (sha == null) {
                        // A header line: "<sha> <orig-line> <final-line> [<group-size>]".
                        sha = line.substring(0, Math.min(40, line.length()));
                    } else if (line.startsWith("committer-time ")) {
                        long seconds = Long.parseLong(line.substring("committer-time ".length()).trim());
                        commits.putIfAbsent(sha, new Commit(sha, Instant.ofEpochSecond(seconds)));
                    } else if (line.startsWith("\t")) {
                        lines.add(sha.equals(UNCOMMITTED) ? null : commits.get(sha));
                        sha = null;
                    }
                }
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            return p.exitValue() == 0 ? lines : List.of();
        } catch (IOException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
