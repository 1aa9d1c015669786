package org.vdkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.vdkg.release.Release;
import org.vdkg.release.ReleaseArchive;
import org.vdkg.release.ReleaseDescription;
import org.vdkg.web.Html;
import org.vdkg.web.Responses;
import org.vdkg.web.ServedDataset;

/**
 * The releases of {@code vdkg release} under {@code /releases/}: the list (a page, or JSON as for {@code /dumps/}) and
 * each release's files, read-only, as written. A release never changes, so a file's ETag is its SHA-256 and caches may
 * keep it for a year.
 */
final class ReleaseServlet extends PublishingServlet {

    private static final long serialVersionUID = 1L;

    private final transient ServedDataset data;
    private final transient ReleaseArchive archive;
    /** The ETags of the files served so far: a release's files never change. */
    private final transient Map<Path, String> etags = new ConcurrentHashMap<>();

    ReleaseServlet(ServedDataset data, ReleaseArchive archive) {
        this.data = data;
        this.archive = archive;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            list(req, resp);
            return;
        }
        String[] parts = path.substring(1).split("/", -1);
        Optional<Release> release = archive.find(parts[0]);
        if (release.isEmpty()) {
            Responses.error(resp, 404, "no release named '" + parts[0] + "'; the releases are listed at /releases/");
            return;
        }
        Optional<Path> file = parts.length == 2 ? release.get().file(parts[1]) : Optional.empty();
        if (file.isEmpty()) {
            Responses.error(resp, 404, "release " + release.get().version() + " has no such file; its files are "
                    + String.join(", ", release.get().files()));
            return;
        }
        send(req, resp, file.get());
    }

    /** Sends a release file with its content hash as ETag; 304 when the client has it. */
    private void send(HttpServletRequest req, HttpServletResponse resp, Path file) throws IOException {
        String etag = etags.computeIfAbsent(file, ReleaseServlet::sha256);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        String inm = req.getHeader("If-None-Match");
        if (inm != null && List.of(inm.split(",")).stream().map(t -> t.strip().replaceFirst("^W/", ""))
                .anyMatch(t -> t.equals(etag) || t.equals("*"))) {
            resp.setStatus(304);
            return;
        }
        String name = file.getFileName().toString();
        resp.setStatus(200);
        String type = Release.mediaType(name);
        resp.setContentType(type.startsWith("text/") ? type + ";charset=utf-8" : type);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return "\"" + HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()) + "\"";
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The releases, newest first: JSON for a client that asks for it (before HTML), else a page. */
    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = req.getParameter("format");
        if (format != null && !format.equals("json") && !format.equals("html")) {
            Responses.error(resp, 400, "unknown ?format= value; use json or html");
            return;
        }
        List<Release> all = new java.util.ArrayList<>(archive.list());
        java.util.Collections.reverse(all);
        boolean json = format == null ? DumpServlet.prefersJson(req.getHeader("Accept")) : format.equals("json");
        if (json) {
            JsonArray releases = new JsonArray();
            for (Release r : all) {
                JsonObject o = new JsonObject();
                o.put("version", r.version());
                o.put("iri", ReleaseDescription.iri(data.iris(), r.version()));
                o.put("issued", r.issued().toString());
                if (r.previous() != null) {
                    o.put("previous", r.previous());
                }
                o.put("statements", r.quads());
                JsonArray files = new JsonArray();
                for (String f : r.files()) {
                    JsonObject fo = new JsonObject();
                    fo.put("name", f);
                    fo.put("url", data.root() + "releases/" + r.version() + "/" + f);
                    fo.put("mediaType", Release.mediaType(f));
                    files.add(fo);
                }
                o.put("files", files);
                releases.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("dataset", data.iris().base());
            body.put("description", data.root() + ".well-known/void");
            body.put("license", DatasetDescription.DATA_LICENCE);
            body.put("releases", releases);
            Responses.json(req, resp, 200, body);
            return;
        }
        Responses.html(resp, page(all));
    }

    private static String page(List<Release> all) {
        Html h = new Html("Releases");
        h.element("h1", "Releases");
        h.element("p", "Fixed versions of the dataset, newest first, made by vdkg release: each has its dumps (gzip-compressed),"
                + " its description (VoID and DCAT), an RDF Patch from the release before it and a changelog in words. A release"
                + " never changes. Licence: CC BY 4.0. The same list as JSON: /releases/?format=json.");
        if (all.isEmpty()) {
            h.element("p", "No release has been made yet.");
            return h.finish();
        }
        for (Release r : all) {
            h.element("h2", r.version());
            h.element("p", "Issued " + r.issued() + "; " + r.quads() + " statements; "
                    + (r.previous() == null ? "the first release." : "revises " + r.previous() + "."));
            h.raw("<ul>\n");
            for (String f : r.files()) {
                h.raw("<li>").link("/releases/" + r.version() + "/" + f, f).raw(" <span class=\"type\">")
                 .text(Release.mediaType(f)).raw("</span></li>\n");
            }
            h.raw("</ul>\n");
        }
        return h.finish();
    }
}
