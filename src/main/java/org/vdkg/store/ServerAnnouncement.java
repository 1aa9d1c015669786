package org.vdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small file next to a database ({@code run/db.server}) in which {@code vdkg serve} says that it serves the
 * database and where, so that {@code vdkg query} and {@code vdkg export} run beside it ask the server instead of
 * opening the database (TDB2 lets one process at a time open it).
 */
public final class ServerAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(ServerAnnouncement.class);

    private ServerAnnouncement() {
    }

    /** The file in which a server serving {@code db} gives its URL. */
    public static Path of(Path db) {
        Path d = db.toAbsolutePath().normalize();
        return d.resolveSibling(d.getFileName() + ".server");
    }

    /**
     * Says that this process serves {@code db} at {@code sparqlUrl} (and {@code rootUrl}), for commands run beside it.
     *
     * @return false when the file cannot be written (a read-only directory): those commands then need {@code --endpoint}
     */
    public static boolean announce(Path db, String sparqlUrl, String rootUrl) {
        Properties p = new Properties();
        p.setProperty("sparql", sparqlUrl);
        p.setProperty("url", rootUrl);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path file = of(db);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Written by vdkg serve while it serves this database; removed when it stops.");
            out.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            LOG.info("cannot write {} ({}): vdkg query and export will need --endpoint {}", file, e.getMessage(), sparqlUrl);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException again) {
                LOG.debug("cannot delete {}", tmp, again);
            }
            return false;
        }
    }

    /** Removes the announcement of {@code db}'s server, if this process wrote it. */
    public static void withdraw(Path db) {
        Path file = of(db);
        Optional<Properties> p = read(file);
        if (p.isPresent() && Long.toString(ProcessHandle.current().pid()).equals(p.get().getProperty("pid"))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", file, e.getMessage());
            }
        }
    }

    /** The SPARQL endpoint URL a server announced for {@code db}, whether or not that server still runs. */
    public static Optional<String> sparqlUrl(Path db) {
        return read(of(db)).map(p -> p.getProperty("sparql")).filter(s -> s != null && !s.isBlank());
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
