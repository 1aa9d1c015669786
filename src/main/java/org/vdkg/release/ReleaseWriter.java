package org.vdkg.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.vdkg.export.DatasetExporter;
import org.vdkg.export.ExportFormat;
import org.vdkg.problem.StorageFailure;
import org.vdkg.problem.UserException;
import org.vdkg.store.Store;
import org.vdkg.vocab.IriScheme;

/**
 * Writes a release of a built database: its dumps (gzip-compressed TriG, N-Quads, JSON-LD and union Turtle), its
 * VoID/DCAT description, an RDF Patch from the previous release and the changelog. Everything is written into a hidden
 * sibling directory, made read-only and renamed to the version in one step; an existing version is never touched.
 */
public final class ReleaseWriter {

    private ReleaseWriter() {
    }

    /**
     * Writes release {@code version} of {@code store} into {@code archive}.
     *
     * @param issued the release's time ({@code dcterms:issued})
     */
    public static Release write(Store store, ReleaseArchive archive, String version, IriScheme iris, Instant issued) {
        ReleaseArchive.checkVersion(version);
        Path target = archive.dir().resolve(version);
        if (Files.exists(target)) {
            throw new UserException("release " + version + " already exists at " + target + "; a release is never "
                    + "overwritten: choose another --version (or leave it out for the next free one)");
        }
        Optional<Release> previous = archive.latest();
        Path tmp = null;
        try {
            Files.createDirectories(archive.dir());
            tmp = Files.createTempDirectory(archive.dir(), "." + version + ".part-");
            List<String> files = new ArrayList<>();
            for (ExportFormat f : ExportFormat.wholeDumps()) {
                String name = ReleaseDescription.dumpName(f);
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(name)))) {
                    DatasetExporter.export(store, f, out);
                }
                files.add(name);
            }
            // The new release as its N-Quads file reads, blank node labels as written: what a patch is applied to.
            DatasetGraph now = read(tmp.resolve(ReleaseDescription.dumpName(ExportFormat.NQ)));
            DatasetGraph before = previous.map(p -> read(p.dir().resolve(ReleaseDescription.dumpName(ExportFormat.NQ))))
                    .orElseGet(DatasetGraphFactory::create);
            String id = "uuid:" + UUID.nameUUIDFromBytes((version + " " + sha256(tmp.resolve(
                    ReleaseDescription.dumpName(ExportFormat.NQ)))).getBytes(StandardCharsets.UTF_8));
            QuadDiff diff = QuadDiff.between(before, now);
            if (previous.isPresent()) {
                writePatch(tmp.resolve(Release.PATCH), id, previous.get().patchId(), diff);
                files.add(Release.PATCH);
            }
            String prev = previous.map(Release::version).orElse(null);
            Files.writeString(tmp.resolve(Release.CHANGELOG), new Changelog(iris, before, now)
                    .write(version, issued.toString(), prev, diff), StandardCharsets.UTF_8);
            files.add(Release.CHANGELOG);
            files.add(Release.DESCRIPTION);
            Release release = new Release(version, target, issued, prev, id, count(now), List.copyOf(files));
            Model description = ModelFactory.createDefaultModel();
            ReleaseDescription.describe(description, release, iris, iris.base());
            try (OutputStream out = Files.newOutputStream(tmp.resolve(Release.DESCRIPTION))) {
                RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
            }
            ReleaseArchive.writeRecord(tmp, release);
            readOnly(tmp);
            if (Files.exists(target)) {
                throw new UserException("release " + version + " appeared at " + target + " while it was being written; "
                        + "choose another --version");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return release;
        } catch (IOException | RuntimeException e) {
            Optional<UserException> storage = StorageFailure.of(e, archive.dir(), "--root DIR");
            if (storage.isPresent()) {
                throw storage.get();
            }
            if (e instanceof IOException io) {
                throw new UserException("cannot write release " + version + " in " + archive.dir() + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    /** Reads a gzip-compressed N-Quads file keeping its blank node labels, as the patch names them. */
    public static DatasetGraph read(Path nqGz) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nqGz))) {
            RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(dsg);
        } catch (IOException e) {
            throw new UserException("cannot read " + nqGz + ": " + e.getMessage(), e);
        }
        return dsg;
    }

    /** An RDF Patch in one transaction: the removals, then the additions, with the ids of this and the previous release. */
    static void writePatch(Path file, String id, String previousId, QuadDiff diff) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFChangesWriterText w = RDFChangesWriterText.create(out);
            w.start();
            w.header(RDFPatchConst.ID, NodeFactory.createURI(id));
            if (previousId != null) {
                w.header(RDFPatchConst.PREV, NodeFactory.createURI(previousId));
            }
            w.txnBegin();
            for (Quad q : diff.removed()) {
                w.delete(graph(q), q.getSubject(), q.getPredicate(), q.getObject());
            }
            for (Quad q : diff.added()) {
                w.add(graph(q), q.getSubject(), q.getPredicate(), q.getObject());
            }
            w.txnCommit();
            w.finish();
            w.close();
        }
    }

    private static Node graph(Quad q) {
        return q.isDefaultGraph() ? null : q.getGraph();
    }

    private static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files and directory of a finished release lose their write bits: a release is not edited. */
    private static void readOnly(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                p.toFile().setWritable(false, false);
            }
        }
        dir.toFile().setWritable(false, false);
    }

    private static void delete(Path dir) {
        dir.toFile().setWritable(true, true);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A leftover hidden directory is ignored by the archive and harmless.
        }
    }
}
