package org.vdkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.problem.UserException;
import org.vdkg.query.SavedQuery;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.vocab.IriScheme;
import org.vdkg.yaml.YamlReader;

/**
 * One bench run: for each N, a synthetic corpus of N copies of the curated data is built by vdkg and,
 * as reference, its quads are loaded by the TDB2 bulk loader; then vdkg serve and the stock Fuseki
 * server take turns on the same database (plain, and with RDFS inference), each timed from process
 * start to first answer and then loaded with the saved-query mix over HTTP.
 */
public final class Benchmark {

    /**
     * How to run.
     *
     * @param sizes the values of N
     * @param project the project whose data, ontology and queries are used
     * @param work where corpora and databases are made (deleted after each N unless {@code keep})
     * @param stockJar the jena-fuseki-server jar
     * @param xmx heap of each server process
     * @param clients concurrent HTTP clients
     * @param seconds measured load time per server and mode
     * @param maxQueries how many saved queries make the mix (0: all)
     * @param timeoutMillis the query timeout of both servers
     * @param inference also measure with RDFS inference
     * @param keep keep the corpora and databases
     */
    public record Options(List<Integer> sizes, ProjectLayout project, Path work, Path stockJar, String xmx, int clients,
            double seconds, int maxQueries, long timeoutMillis, boolean inference, boolean keep) {
    }

    private Benchmark() {
    }

    public static BenchReport run(Options o, String version, Consumer<String> progress) throws Exception {
        if (!Files.isRegularFile(o.stockJar())) {
            throw new UserException("no stock Fuseki jar at " + o.stockJar() + " (./mvnw -B generate-test-resources fetches it,"
                    + " or give --stock-jar)");
        }
        List<String> queries = new ArrayList<>();
        for (SavedQuery q : new SavedQueryCatalogue(o.project().queriesDir()).list()) {
            if (o.maxQueries() == 0 || queries.size() < o.maxQueries()) {
                queries.add(q.text());
            }
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("when", Instant.now().toString());
        about.put("vdkg", version);
        about.put("java", System.getProperty("java.version"));
        about.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        about.put("bench JVM max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        about.put("server heap", o.xmx());
        about.put("load", o.clients() + " clients x " + o.seconds() + " s per server and mode, " + queries.size()
                + " saved queries, timeout " + o.timeoutMillis() + " ms");
        about.put("ratio", "vdkg / reference");
        BenchReport report = new BenchReport(about);
        for (int n : o.sizes()) {
            Path dir = o.work().resolve("n" + n);
            deleteTree(dir);
            progress.accept("N=" + n + ": writing the synthetic corpus");
            SyntheticCorpus.Corpus corpus = SyntheticCorpus.write(o.project(), n, dir.resolve("project"));
            Path db = dir.resolve("db");
            raiseYamlLimit(corpus.layout().sourcesFile());

            progress.accept("N=" + n + ": vdkg build (" + corpus.claims() + " claims)");
            BuildResult built;
            double buildSeconds;
            double buildHeap;
            try (HeapSampler heap = new HeapSampler()) {
                long t0 = System.nanoTime();
                built = new DatabaseBuilder(version).build(corpus.layout(), IriScheme.DEFAULT_BASE, db);
                buildSeconds = (System.nanoTime() - t0) / 1e9;
                buildHeap = heap.peakMiB();
            }
            if (!built.built()) {
                throw new IllegalStateException("the synthetic corpus did not build: " + built.problems().get(0));
            }
            long triples = built.totalTriples();
            progress.accept("N=" + n + ": TDB2 bulk loader on the same " + triples + " quads");
            TdbBulkLoad.Result loaded = TdbBulkLoad.load(db, dir.resolve("load"), dir.resolve("tdb2-loaded"));
            String loader = "TDB2 phased loader";
            report.add(n, "triples", "count", triples, loaded.quads(), loader);
            report.add(n, "build / load time", "s", buildSeconds, loaded.seconds(), loader);
            report.add(n, "build claims/s", "1/s", corpus.claims() / buildSeconds, Double.NaN, "");
            report.add(n, "build triples/s", "1/s", triples / buildSeconds, loaded.quads() / loaded.seconds(), loader);
            report.add(n, "build peak heap", "MiB", buildHeap, loaded.peakHeapMiB(), loader);

            for (boolean rdfs : o.inference() ? new boolean[] {false, true} : new boolean[] {false}) {
                String mode = rdfs ? "rdfs" : "plain";
                Path config = BenchConfigs.write(dir, db, rdfs, o.timeoutMillis());
                progress.accept("N=" + n + ": vdkg serve, " + mode);
                Served v = serve(() -> ServerProcess.vdkg(corpus.layout().root(), db, config, o.xmx(), o.timeoutMillis(),
                        dir.resolve("vdkg-" + mode + ".log")), queries, o, n, progress);
                progress.accept("N=" + n + ": stock Fuseki, " + mode);
                Served f = serve(() -> ServerProcess.stock(o.stockJar(), config, o.xmx(), dir.resolve("fuseki-base"),
                        dir.resolve("stock-" + mode + ".log")), queries, o, n, progress);
                String stock = "stock Fuseki 5.6.0";
                report.add(n, "start to first answer (" + mode + ")", "s", v.start(), f.start(), stock);
                report.add(n, "queries/s (" + mode + ")", "1/s", v.load().perSecond(), f.load().perSecond(), stock);
                report.add(n, "latency p50 (" + mode + ")", "ms", v.load().p50Ms(), f.load().p50Ms(), stock);
                report.add(n, "latency p99 (" + mode + ")", "ms", v.load().p99Ms(), f.load().p99Ms(), stock);
                report.add(n, "timeouts 503 (" + mode + ")", "count", v.load().timeouts(), f.load().timeouts(), stock);
                report.add(n, "other errors (" + mode + ")", "count", v.load().errors(), f.load().errors(), stock);
            }
            if (!o.keep()) {
                deleteTree(dir);
            }
        }
        return report;
    }

    /**
     * One sources.yaml holds every copy's sources, so from a few hundred copies on it passes the default
     * YAML file limit; the bench raises the limit for its own corpus (never below the default).
     */
    private static void raiseYamlLimit(Path sources) throws java.io.IOException {
        long needed = Files.size(sources) + 1;
        if (needed > YamlReader.maxFileBytes()) {
            System.setProperty(YamlReader.MAX_FILE_BYTES_PROPERTY, Long.toString(needed));
        }
    }

    /** Start-up seconds and load of one server in one mode; NaN and one error when the server failed. */
    private record Served(double start, LoadGenerator.Result load) {
    }

    /** Starts, loads and stops one server; a server that dies (e.g. out of heap) is reported, not fatal to the run. */
    private static Served serve(java.util.concurrent.Callable<ServerProcess> starter, List<String> queries, Options o, int n,
            Consumer<String> progress) {
        try (ServerProcess s = starter.call()) {
            return new Served(s.startSeconds(), LoadGenerator.run(s.sparqlUrl(), queries, o.clients(), o.seconds(), n));
        } catch (Exception e) {
            progress.accept("N=" + n + ": server failed: " + e.getMessage());
            return new Served(Double.NaN, new LoadGenerator.Result(0, 0, 1, 0, Double.NaN, Double.NaN));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
