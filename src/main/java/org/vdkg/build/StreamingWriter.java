package org.vdkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vdkg.problem.Problem;
import org.vdkg.store.DatabaseDirs;

/**
 * Writes named graphs into a new TDB2 database on a thread of its own, so that the build maps and checks the next
 * source while the last one is written. Graphs wait in a small bounded queue (the mapper blocks when the writer is
 * behind); all of them go into one write transaction that only {@link #commit()} commits. The inferred graph is
 * derived in that transaction from what was written ({@link #derive}), so no copy of the data is held in memory.
 * Beside the database it keeps only the triple count of each graph.
 */
final class StreamingWriter implements AutoCloseable {

    /** Graphs that may wait: one being mapped, one queued, one being written bounds the graphs held at once. */
    private static final int QUEUE = 2;
    private static final Item END = new Item("", GraphFactory.createDefaultGraph(), null);

    /**
     * A graph to write, or a job to run on the data written so far, in the write transaction.
     */
    private record Item(String name, Graph graph, Consumer<DatasetGraph> job) {
    }

    private final Path dir;
    private final String ontologyGraph;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Map<String, Long> counts = new TreeMap<>();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean commit;

    /** Starts writing into a new database in {@code dir}. */
    StreamingWriter(Path dir, String ontologyGraph) {
        this.dir = dir;
        this.ontologyGraph = ontologyGraph;
        this.thread = new Thread(this::run, "vdkg-build-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues curated {@code graph} for writing as {@code name}; waits while the queue is full. An empty graph is left
     * out, as a database has no empty graphs. The graph must not change after.
     */
    void writeCurated(String name, Graph graph) {
        if (!graph.isEmpty()) {
            put(new Item(name, graph, null));
        }
    }

    /** Queues a derived graph (meta), counted even when empty. */
    void writeDerived(String name, Graph graph) {
        put(new Item(name, graph, null));
    }

    /**
     * Derives graph {@code name} from every graph written so far ({@link DerivedGraphBuilder}), in the write
     * transaction, and waits for it; without an ontology the graph is empty.
     *
     * @return the problems of the derivation rules
     */
    List<Problem> derive(String name) {
        List<Problem> problems = new ArrayList<>();
        Node node = NodeFactory.createURI(name);
        Node ontology = NodeFactory.createURI(ontologyGraph);
        // The list is filled on the writer's thread; drain() publishes it (the pending counter).
        put(new Item(name, GraphFactory.createDefaultGraph(), dsg -> {
            if (dsg.containsGraph(ontology)) {
                problems.addAll(DerivedGraphBuilder.derive(dsg, ontology, node));
            }
        }));
        drain();
        return problems;
    }

    private void put(Item item) {
        pending.incrementAndGet();
        enqueue(item);
    }

    private void enqueue(Item item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the database writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the database", e);
        }
        rethrow();
    }

    /** The triple count of each graph written so far, by name; read only after {@link #drain()}. */
    Map<String, Long> counts() {
        return counts;
    }

    /** Waits until every queued graph is written (the transaction stays open). */
    void drain() {
        try {
            while (pending.get() > 0) {
                rethrow();
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the database", e);
        }
        rethrow();
    }

    /** Graphs queued and not yet written: the counter also publishes what the writer did to the caller's thread. */
    private final AtomicInteger pending = new AtomicInteger();

    /** Commits everything written and closes the database; throws what went wrong in the writer. */
    void commit() {
        commit = true;
        rethrow();
        enqueue(END);
        join();
        rethrow();
    }

    /** Throws the writer away without committing (the caller deletes the directory). */
    @Override
    public void close() {
        if (thread.isAlive()) {
            queue.clear();
            if (!queue.offer(END)) {
                thread.interrupt();
            }
            join();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the database", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    private void run() {
        Dataset tdb = null;
        try {
            tdb = TDB2Factory.connectDataset(Location.create(dir));
            tdb.begin(ReadWrite.WRITE);
            try {
                DatasetGraph dsg = tdb.asDatasetGraph();
                while (true) {
                    Item item = queue.take();
                    if (item == END) {
                        break;
                    }
                    store(dsg, item);
                    pending.decrementAndGet();
                }
                if (commit) {
                    tdb.commit();
                } else {
                    tdb.abort();
                }
            } catch (Throwable t) {
                // Kept as it is (a full disk, a file size limit): the build tells the user's error from a bug by it.
                fail(t);
                try {
                    tdb.abort();
                } catch (Throwable e) {
                    fail(e);
                }
            } finally {
                try {
                    tdb.end();
                } catch (Throwable e) {
                    fail(e);
                }
            }
        } catch (Throwable t) {
            fail(t);
        } finally {
            try {
                if (tdb != null) {
                    TDBInternal.expel(tdb.asDatasetGraph());
                }
                DatabaseDirs.removeLockFiles(dir);
            } catch (Throwable e) {
                fail(e);
            }
        }
    }

    /** Records the first failure; a later one (an abort or close after it) is added to it as suppressed. */
    private void fail(Throwable t) {
        if (failure == null) {
            failure = t;
        } else if (failure != t) {
            failure.addSuppressed(t);
        }
    }

    private void store(DatasetGraph dsg, Item item) {
        if (item.job() != null) {
            item.job().accept(dsg);
            counts.put(item.name(), (long) dsg.getGraph(NodeFactory.createURI(item.name())).size());
            return;
        }
        Graph g = item.graph();
        dsg.addGraph(NodeFactory.createURI(item.name()), g);
        g.getPrefixMapping().getNsPrefixMap().forEach(dsg.prefixes()::add);
        counts.merge(item.name(), (long) g.size(), Long::sum);
    }
}
