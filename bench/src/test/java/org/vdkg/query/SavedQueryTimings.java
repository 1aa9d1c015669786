package org.vdkg.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vdkg.bench.SyntheticCorpus;
import org.vdkg.build.BuildResult;
import org.vdkg.build.DatabaseBuilder;
import org.vdkg.export.DatasetExporter;
import org.vdkg.export.ExportFormat;
import org.vdkg.layout.ProjectLayout;
import org.vdkg.store.DatabaseDirs;
import org.vdkg.store.Store;
import org.vdkg.vocab.IriScheme;

/**
 * A measuring tool for saved queries, not a test (no assertions; surefire runs only {@code *Test} classes). How to
 * run it and read it: queries/README.md, "Checking a query's plan and measuring it". Modes:
 * <ul>
 * <li>{@code time DB QUERY_DIR [id ...]}: per query, rows and the median of 5 warm runs in thread CPU ms (and wall
 * ms), in process on the TDB2 database with the union default graph, as served;</li>
 * <li>{@code explain DB FILE}: the optimised algebra, then one run with ARQ's execution log;</li>
 * <li>{@code build ROOT DB}: vdkg's build of a project;</li>
 * <li>{@code replicate DB1 N DBN}: an N-copy corpus from a built database, bulk-loaded. Its quads are renamed the
 * way the bench's SyntheticCorpus renames slugs (copy k suffixes every entity, claim, source and work slug and its
 * source graph with {@code -ck} and drops the Wikidata links; ontology, concepts and build metadata stay single).
 * That reaches N=1000 within a 3 GB heap, which vdkg's in-memory build of a 1000-copy corpus does not;</li>
 * <li>{@code synthetic ROOT N DB} and {@code compare DB_A DB_B}: the check of {@code replicate} against the bench's
 * corpus. At N=3 every graph has the same number of triples; only free-text literals differ, where
 * SyntheticCorpus also suffixes words that equal a slug.</li>
 * </ul>
 * Options: {@code -Dwarm=2 -Druns=5} (unmeasured and measured runs per query).
 */
public final class SavedQueryTimings {

    private static final int WARM = Integer.getInteger("warm", 2);
    private static final int RUNS = Integer.getInteger("runs", 5);
    private static final long LIMIT_MS = 120_000;

    private SavedQueryTimings() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "build" -> build(Path.of(args[1]), Path.of(args[2]));
            case "replicate" -> replicate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "synthetic" -> synthetic(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "compare" -> compare(Path.of(args[1]), Path.of(args[2]));
            case "explain" -> explain(Path.of(args[1]), Path.of(args[2]));
            case "time" -> time(Path.of(args[1]), Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void build(Path root, Path db) {
        BuildResult r = new DatabaseBuilder("timings").build(new ProjectLayout(root), IriScheme.DEFAULT_BASE, db);
        if (!r.built()) {
            throw new IllegalStateException(r.problems().toString());
        }
        System.out.println("built " + r.totalTriples() + " triples");
    }

    /** Builds the bench's SyntheticCorpus of {@code n} copies with vdkg's builder (to check {@code replicate} against). */
    static void synthetic(Path root, int n, Path db) {
        Path project = db.resolveSibling(db.getFileName() + "-project");
        SyntheticCorpus.write(new ProjectLayout(root), n, project);
        build(project, db);
    }

    /** Prints, per named graph of either database (graph/meta aside), whether the two hold isomorphic graphs. */
    static void compare(Path a, Path b) {
        try (Store sa = Store.open(a); Store sb = Store.open(b)) {
            Txn.executeRead(sa.dataset(), () -> Txn.executeRead(sb.dataset(), () -> {
                java.util.TreeSet<String> names = new java.util.TreeSet<>();
                sa.dataset().listNames().forEachRemaining(names::add);
                sb.dataset().listNames().forEachRemaining(names::add);
                for (String g : names) {
                    if (g.endsWith("graph/meta")) {
                        continue;
                    }
                    org.apache.jena.rdf.model.Model ma = sa.dataset().getNamedModel(g);
                    org.apache.jena.rdf.model.Model mb = sb.dataset().getNamedModel(g);
                    boolean iso = ma.isIsomorphicWith(mb);
                    System.out.println(g + "	" + ma.size() + "	" + mb.size() + "	" + (iso ? "same" : "DIFFERENT"));
                    if (!iso) {
                        org.apache.jena.rdf.model.Model d = ma.difference(mb);
                        d.listStatements().toList().stream().limit(5).forEach(st -> System.out.println("  only in a: " + st));
                        mb.difference(ma).listStatements().toList().stream().limit(5).forEach(st -> System.out.println("  only in b: " + st));
                    }
                }
            }));
        }
    }

    private static final String B = IriScheme.DEFAULT_BASE;
    private static final Pattern IRI = Pattern.compile("<" + Pattern.quote(B) + "([^>]*)>");
    private static final Set<String> SINGLE_GRAPHS = Set.of("entities", "sources", "ontology", "inferred", "meta");

    /** Writes copies 0..n-1 of the N=1 database's quads, renamed, and loads them into {@code target}. */
    static void replicate(Path db1, int n, Path target) throws IOException {
        Files.createDirectories(target);
        Path one = target.resolveSibling(target.getFileName() + "-n1.nq");
        try (Store store = Store.open(db1); OutputStream out = Files.newOutputStream(one)) {
            DatasetExporter.export(store, ExportFormat.NQ, new java.io.BufferedOutputStream(out, 1 << 16));
        }
        List<String> lines = Files.readAllLines(one, StandardCharsets.UTF_8);
        Path all = target.resolveSibling(target.getFileName() + ".nq");
        long quads = 0;
        try (BufferedWriter w = Files.newBufferedWriter(all, StandardCharsets.UTF_8)) {
            for (int k = 0; k < n; k++) {
                String suffix = "-c" + k;
                for (String line : lines) {
                    if (line.isBlank()) {
                        continue;
                    }
                    // as in SyntheticCorpus: the copies share the ontology and drop the Wikidata links
                    if (k > 0 && (line.endsWith("<" + B + "graph/ontology> .") || line.endsWith("<" + B + "graph/meta> .")
                            || line.contains("<http://www.wikidata.org/entity/"))) {
                        continue;
                    }
                    String out = k == 0 ? line : rename(line, suffix);
                    w.write(out);
                    w.newLine();
                    quads++;
                }
            }
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(target));
        long t0 = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        loader.load(all.toString());
        loader.finishBulk();
        TDBInternal.expel(dsg);
        DatabaseDirs.removeLockFiles(target);
        Files.delete(all);
        Files.delete(one);
        Files.writeString(target.resolve(DatabaseDirs.STAMP), "# replicated by SavedQueryTimings\n");
        System.out.printf("replicated %d quads in %.1f s%n", quads, (System.nanoTime() - t0) / 1e9);
    }

    /** Renames the vdkg IRIs of one N-Quads line for copy {@code suffix}. */
    static String rename(String line, String suffix) {
        Matcher m = IRI.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("<" + B + renamePath(m.group(1), suffix) + ">"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String renamePath(String path, String suffix) {
        String[] parts = path.split("/", -1);
        if (parts[0].equals("graph") && parts.length == 2 && !SINGLE_GRAPHS.contains(parts[1])) {
            return path + suffix;
        }
        if (!parts[0].equals("id") || parts.length < 3 || parts[1].equals("concept")) {
            return path;
        }
        if (parts[1].equals("claim") && parts.length >= 4) {
            parts[2] += suffix;
            parts[3] += suffix;
        } else {
            parts[2] += suffix;
        }
        return String.join("/", parts);
    }

    /** Prints the optimised algebra of a query file, then runs it once with ARQ's execution log (the order TDB2 chose). */
    static void explain(Path db, Path file) throws IOException {
        Query q = org.apache.jena.query.QueryFactory.create(Files.readString(file));
        System.out.println(org.apache.jena.sparql.algebra.Algebra.optimize(org.apache.jena.sparql.algebra.Algebra.compile(q)));
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.arq.exec", org.apache.logging.log4j.Level.INFO);
        Dataset ds = TDB2Factory.connectDataset(Location.create(db));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q)
                    .set(org.apache.jena.query.ARQ.symLogExec, org.apache.jena.sparql.mgt.Explain.InfoLevel.ALL).build()) {
                System.out.println(org.apache.jena.query.ResultSetFormatter.asText(qe.execSelect()));
            }
        });
        TDBInternal.expel(ds.asDatasetGraph());
    }

    /**
     * Prints per query: rows, then the median, min and max of 5 warm runs (after 2 unmeasured
     * ones) in thread CPU ms, then the median wall ms; every query has run once before the first is measured. TDB2 runs a query in the calling thread, so CPU time is the
     * query's cost; wall time also counts the waits of a machine shared with other work.
     */
    static void time(Path db, Path queryDir, List<String> only) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Dataset ds = TDB2Factory.connectDataset(Location.create(db));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<SavedQuery> queries = new ArrayList<>();
        for (SavedQuery q : new SavedQueryCatalogue(queryDir).list()) {
            if (only.isEmpty() || only.contains(q.id())) {
                queries.add(q);
            }
        }
        // One pass over every query first, so that the JIT has compiled the engine before the first measured run:
        // otherwise the queries early in the alphabet pay for it.
        java.util.Map<String, double[]> slow = new java.util.HashMap<>();
        for (SavedQuery q : queries) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try {
                run(ds, q.parse());
            } catch (QueryCancelledException e) {
                slow.put(q.id(), new double[] {Double.NaN, LIMIT_MS});
                continue;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (cpu > 10_000) {
                // one slow run already says enough; six more would take minutes
                slow.put(q.id(), new double[] {cpu, (System.nanoTime() - t0) / 1e6});
            }
        }
        System.out.println("query\trows\tcpu_median_ms\tcpu_min_ms\tcpu_max_ms\twall_median_ms");
        for (SavedQuery q : queries) {
            Query parsed = q.parse();
            double[] cpu = new double[RUNS];
            double[] wall = new double[RUNS];
            long rows = -1;
            String note = "";
            if (slow.containsKey(q.id())) {
                Arrays.fill(cpu, slow.get(q.id())[0]);
                Arrays.fill(wall, slow.get(q.id())[1]);
                note = Double.isNaN(cpu[0]) ? "\t(timed out after " + LIMIT_MS + " ms wall)" : "\t(1 run)";
            } else {
                for (int i = 0; i < WARM + RUNS; i++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    rows = run(ds, parsed);
                    if (i >= WARM) {
                        cpu[i - WARM] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                        wall[i - WARM] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f%s%n", q.id(), rows, cpu[RUNS / 2], cpu[0], cpu[RUNS - 1],
                    wall[RUNS / 2], note);
        }
        TDBInternal.expel(ds.asDatasetGraph());
    }

    private static long run(Dataset ds, Query q) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).timeout(LIMIT_MS, TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

}
