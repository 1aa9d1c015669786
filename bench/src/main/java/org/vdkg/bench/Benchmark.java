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
import org.apache.jena.system.Txn;
import org.vdkg.query.ExpectedAnswer;
import org.vdkg.query.SavedQuery;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.store.Store;
import org.vdkg.query.SavedQueryCatalogue;
import org.vdkg.vocab.IriScheme;
import org.vdkg.yaml.YamlReader;

/**
 * One bench run: for each N, a synthetic corpus of N copies of the curated data is built by vdkg and,
 * as reference, its quads are loaded by the TDB2 bulk loader; then the stock Fuseki server (plain, and with the RDFS
 * reasoner) and vdkg serve (answer cache on and off) take turns on the same database, each timed from process start
 * to first answer, then asked each saved query once (cold, every answer checked) and loaded with the saved-query mix
 * over HTTP (warm; only right answers count).
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
            double seconds, int maxQueries, long timeoutMillis, boolean inference, boolean keep, long cacheMb) {

        /** serve's options for the answer cache of the cache-on server: none when the bench was given no size. */
        List<String> cacheOptions() {
            return cacheMb < 0 ? List.of() : List.of("--cache-mb", Long.toString(cacheMb));
        }
    }

    private Benchmark() {
    }

    public static BenchReport run(Options o, String version, Consumer<String> progress) throws Exception {
        if (!Files.isRegularFile(o.stockJar())) {
            throw new UserException("no stock Fuseki jar at " + o.stockJar() + " (./mvnw -B generate-test-resources fetches it,"
                    + " or give --stock-jar)");
        }
        List<SavedQuery> queries = new ArrayList<>();
        for (SavedQuery q : new SavedQueryCatalogue(o.project().queriesDir()).list()) {
            if (o.maxQueries() == 0 || queries.size() < o.maxQueries()) {
                queries.add(q);
            }
        }
        // The launcher's AppCDS archive for serve, made by the first vdkg server of the run (not timed).
        Path cds = ServerProcess.cdsPossible() ? o.work().resolve("vdkg-serve.jsa") : null;
        if (cds != null) {
            Files.deleteIfExists(cds);
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("when", Instant.now().toString());
        about.put("vdkg", version);
        about.put("java", System.getProperty("java.version"));
        about.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        about.put("bench JVM max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        about.put("server heap", o.xmx());
        about.put("answer cache", o.cacheMb() < 0 ? "serve's default" : o.cacheMb() + " MB");
        about.put("load", o.clients() + " clients x " + o.seconds() + " s per server and mode, after as long unmeasured, " + queries.size()
                + " saved queries, timeout " + o.timeoutMillis() + " ms");
        about.put("ratio", "vdkg / reference");
        about.put("answers", "every answer checked before it counts: at N=1 against queries/expected/, at N>1 against"
                + " stock Fuseki's (plain) answer on the same database");
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
            double buildLive;
            try (HeapSampler heap = new HeapSampler()) {
                long t0 = System.nanoTime();
                built = new DatabaseBuilder(version).build(corpus.layout(), IriScheme.DEFAULT_BASE, db);
                buildSeconds = (System.nanoTime() - t0) / 1e9;
                buildHeap = heap.peakMiB();
                buildLive = heap.peakAfterGcMiB();
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
            report.add(n, "build peak heap after GC", "MiB", buildLive, loaded.peakAfterGcMiB(), loader);

            serveAll(o, n, dir, corpus, db, queries, cds, report, progress);
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

    /** Start-up seconds, cold pass and load of one server; NaN and one error when the server failed. */
    private record Served(String name, double start, List<LoadGenerator.Cold> cold, LoadGenerator.Result load,
            LoadGenerator.Result explore, double cacheBytes, double warmSeconds) {
        long wrongCold() {
            return cold.stream().filter(c -> !c.right()).count();
        }

        double coldSeconds() {
            return cold.stream().mapToDouble(LoadGenerator.Cold::millis).sum() / 1000;
        }
    }

    /**
     * The servers of one N, one after the other on the same database: stock Fuseki plain first (at N>1 its answers are
     * the reference), then vdkg as served (answer cache on), vdkg with {@code --allow-update} (which turns the cache
     * off), and stock Fuseki with the RDFS reasoner (vdkg answers the same questions from its materialised
     * {@code graph/inferred}).
     */
    private static void serveAll(Options o, int n, Path dir, SyntheticCorpus.Corpus corpus, Path db, List<SavedQuery> queries,
            Path cds, BenchReport report, Consumer<String> progress) throws Exception {
        List<org.apache.jena.query.Query> parsed = queries.stream().map(SavedQuery::parse).toList();
        List<ExpectedAnswer> expected = new ArrayList<>();
        for (SavedQuery q : queries) {
            Path file = o.project().queriesDir().resolve("expected").resolve(q.id() + ".tsv");
            expected.add(n == 1 && Files.isRegularFile(file) ? ExpectedAnswer.read(file) : null);
        }
        AnswerCheck check = new AnswerCheck(parsed, expected);
        Path plain = BenchConfigs.write(dir, db, false, o.timeoutMillis(), List.of());
        progress.accept("N=" + n + ": stock Fuseki, plain");
        AnswerCheck stockCheck = check.fresh();
        Served stock = serve("stock Fuseki", () -> ServerProcess.stock(o.stockJar(), plain, o.xmx(), dir.resolve("fuseki-base"),
                dir.resolve("stock-plain.log")), stockCheck, null, o, n, progress);
        for (int i = 0; i < check.size(); i++) {
            if (!check.hasReference(i) && i < stock.cold().size() && stock.cold().get(i).status() == 200) {
                check.setReference(i, stock.cold().get(i).body());
            }
        }
        if (cds != null && !Files.exists(cds)) {
            progress.accept("N=" + n + ": vdkg serve, first run (writes the AppCDS archive, as the launcher's first run does)");
            try (ServerProcess first = ServerProcess.vdkg(corpus.layout().root(), db, plain, o.xmx(), o.timeoutMillis(),
                    dir.resolve("vdkg-cds.log"), cds, List.of())) {
                progress.accept("N=" + n + ": (untimed) first vdkg start took " + first.startSeconds() + " s");
            }
        }
        progress.accept("N=" + n + ": vdkg serve (answer cache on)");
        Served vdkg = serve("vdkg", () -> ServerProcess.vdkg(corpus.layout().root(), db, plain, o.xmx(), o.timeoutMillis(),
                dir.resolve("vdkg.log"), cds, o.cacheOptions()), check.fresh(), EXPLORE_MIX, o, n, progress);
        // The rule: the answer cache is off with --allow-update (which needs users; no update is sent).
        Path users = dir.resolve("bench-users.txt");
        Files.writeString(users, "bench: bench-" + Long.toHexString(System.nanoTime()) + "\n");
        progress.accept("N=" + n + ": vdkg serve --allow-update (answer cache off)");
        Served noCache = serve("vdkg, no cache", () -> ServerProcess.vdkg(corpus.layout().root(), db, plain, o.xmx(),
                o.timeoutMillis(), dir.resolve("vdkg-nocache.log"), cds, List.of("--allow-update", "--password-file", users.toString())),
                check.fresh(), null, o, n, progress);
        Served rdfs = null;
        if (o.inference()) {
            Path inf = BenchConfigs.write(dir, db, true, o.timeoutMillis(), graphNames(db));
            progress.accept("N=" + n + ": stock Fuseki, RDFS reasoner");
            rdfs = serve("stock Fuseki RDFS", () -> ServerProcess.stock(o.stockJar(), inf, o.xmx(), dir.resolve("fuseki-base"),
                    dir.resolve("stock-rdfs.log")), check.fresh(), null, o, n, progress);
        }
        String st = "stock Fuseki 5.6.0";
        report.add(n, "start to first answer", "s", vdkg.start(), stock.start(), st);
        report.add(n, "wrong answers, cold pass", "count", vdkg.wrongCold(), stock.wrongCold(), st);
        report.add(n, "cold pass, each query once", "s", vdkg.coldSeconds(), stock.coldSeconds(), st);
        compare(report, n, "cache on", vdkg, stock, st);
        compare(report, n, "no cache", noCache, stock, st);
        report.add(n, "wrong answers, cold pass (no cache)", "count", noCache.wrongCold(), Double.NaN, "");
        if (rdfs != null) {
            String ri = "stock Fuseki + RDFS";
            report.add(n, "wrong answers, cold pass (vs RDFS)", "count", vdkg.wrongCold(), rdfs.wrongCold(), ri);
            report.add(n, "cold pass (vs RDFS)", "s", vdkg.coldSeconds(), rdfs.coldSeconds(), ri);
            compare(report, n, "vs RDFS", vdkg, rdfs, ri);
        }
        report.add(n, "answer cache memory", "bytes", vdkg.cacheBytes(), Double.NaN, "");
        report.add(n, "warm-up after first answer", "s", vdkg.warmSeconds(), Double.NaN, "");
        if (vdkg.explore() != null) {
            // The stock server has no explorer: its column stays empty.
            report.add(n, "/explore.json p50", "ms", vdkg.explore().p50Ms(), Double.NaN, "");
            report.add(n, "/explore.json p95", "ms", vdkg.explore().p95Ms(), Double.NaN, "");
            report.add(n, "/explore.json answers/s", "1/s", vdkg.explore().perSecond(), Double.NaN, "");
            report.add(n, "/explore.json errors", "count", vdkg.explore().errors() + vdkg.explore().timeouts(), Double.NaN, "");
        }
        List<Served> all = new ArrayList<>(List.of(vdkg, noCache, stock));
        if (rdfs != null) {
            all.add(rdfs);
        }
        for (int i = 0; i < queries.size(); i++) {
            for (Served s : all) {
                long[] lat = i < s.load().perQuery().size() ? s.load().perQuery().get(i) : new long[0];
                LoadGenerator.Cold c = i < s.cold().size() ? s.cold().get(i) : null;
                report.addQuery(new BenchReport.QueryRow(n, queries.get(i).id(), s.name(), c == null ? Double.NaN : c.millis(),
                        c == null ? "no answer" : c.right() ? "right" : c.mismatch().orElse("status " + c.status()),
                        LoadGenerator.percentileMs(lat, 0.5), LoadGenerator.percentileMs(lat, 0.99), lat.length));
            }
        }
    }

    private static void compare(BenchReport report, int n, String mode, Served v, Served r, String against) {
        report.add(n, "queries/s (" + mode + ")", "1/s", v.load().perSecond(), r.load().perSecond(), against);
        report.add(n, "latency p50 (" + mode + ")", "ms", v.load().p50Ms(), r.load().p50Ms(), against);
        report.add(n, "latency p99 (" + mode + ")", "ms", v.load().p99Ms(), r.load().p99Ms(), against);
        report.add(n, "wrong answers under load (" + mode + ")", "count", v.load().wrong(), r.load().wrong(), against);
        report.add(n, "timeouts 503 (" + mode + ")", "count", v.load().timeouts(), r.load().timeouts(), against);
        report.add(n, "other errors (" + mode + ")", "count", v.load().errors(), r.load().errors(), against);
    }

    /** The named graphs of a built database, for the RDFS reference's dataset. */
    private static List<String> graphNames(Path db) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> names = new ArrayList<>();
                store.dataset().listNames().forEachRemaining(names::add);
                return names;
            });
        } finally {
            DatabaseDirs.removeLockFiles(db);
        }
    }

    /** The explorer's filter mix: no filter, one facet, several facets, a time window, names (docs: README, Explore). */
    static final List<String> EXPLORE_MIX = List.of("", "kind=AidProvision", "actor=org/soviet-union",
            "state=org/soviet-union&kind=AidProvision&kind=TrainingProgramme", "place=place/cao-bang",
            "from=1950&to=1960", "from=1950&to=1975&time=within&confidence=high", "dated=no&source=army-foreign-affairs",
            "q=giap", "kind=Visit&view=network", "ambiguity=yes&view=table");

    /**
     * Starts one server, runs the cold pass (each query once, checked), the checked load and, for vdkg, the explorer
     * mix, reads the answer cache's size if the server reports one, and stops it; a server that dies (e.g. out of
     * heap) is reported, not fatal to the run.
     */
    /** The longest the bench waits for a server's warm-up on start. */
    private static final java.time.Duration WARM_BOUND = java.time.Duration.ofMinutes(30);

    private static Served serve(String name, java.util.concurrent.Callable<ServerProcess> starter, AnswerCheck check,
            List<String> explore, Options o, int n, Consumer<String> progress) {
        try (ServerProcess s = starter.call()) {
            // A read-only vdkg asks its saved queries and pages once on start; the cold pass begins when that is done,
            // so that it measures what a visitor meets after the warm-up, not the warm-up racing the pass.
            double warm = CacheStatus.awaitWarming(s.rootUrl(), WARM_BOUND);
            if (!Double.isNaN(warm)) {
                progress.accept("N=" + n + ": " + name + ": warm-up on start took " + warm + " s after the first answer");
            }
            List<LoadGenerator.Cold> cold = LoadGenerator.cold(s.sparqlUrl(), check);
            for (int i = 0; i < cold.size(); i++) {
                if (!cold.get(i).right()) {
                    progress.accept("N=" + n + ": " + name + ": query " + (i + 1) + " not counted: "
                            + cold.get(i).mismatch().orElse("status " + cold.get(i).status()));
                }
            }
            LoadGenerator.Result load = LoadGenerator.run(s.sparqlUrl(), check, o.clients(), o.seconds(), n);
            LoadGenerator.Result ex = null;
            if (explore != null) {
                String base = s.rootUrl() + "explore.json";
                List<String> urls = explore.stream().map(q -> q.isEmpty() ? base : base + "?" + q).toList();
                ex = LoadGenerator.runGets(urls, o.clients(), o.seconds(), n);
            }
            return new Served(name, s.startSeconds(), cold, load, ex, CacheStatus.bytes(s.rootUrl()), warm);
        } catch (Exception e) {
            progress.accept("N=" + n + ": " + name + " failed: " + e.getMessage());
            return new Served(name, Double.NaN, List.of(), LoadGenerator.Result.failed(check.size()), null, Double.NaN,
                    Double.NaN);
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
