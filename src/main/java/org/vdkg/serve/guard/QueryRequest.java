package org.vdkg.serve.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;

/**
 * A SPARQL query request (GET or POST, form or {@code application/sparql-query}) reduced to what its answer depends
 * on: the endpoint's path, the query as ARQ parses and re-serialises it (so whitespace, comments and prefix names do
 * not matter), the result format content negotiation picks for it and the other parameters. Two requests with the
 * same {@link #answerKey()} get the same answer from the same immutable database. Parsed once per distinct text; a
 * request that is not a query, or whose query does not parse, has none (Fuseki then answers it as usual).
 */
final class QueryRequest {

    private static final String ATTRIBUTE = QueryRequest.class.getName();
    private static final Object NONE = new Object();
    /** Memory for the parses of recent query texts (see {@link #PARSED}). */
    private static final long PARSED_BYTES = 16L * 1024 * 1024;
    /** Result formats that name every IRI in full, whatever the query's prefixes. */
    private static final Set<String> PREFIX_FREE = Set.of("application/sparql-results+json",
            "application/sparql-results+xml", "application/json", "text/csv", "text/tab-separated-values");

    private final String path;
    private final String normalQuery;
    private final String answerKey;

    private QueryRequest(String path, String normalQuery, String answerKey) {
        this.path = path;
        this.normalQuery = normalQuery;
        this.answerKey = answerKey;
    }

    /** The query of {@code request}, or null when it is not a query request or its query does not parse. */
    static QueryRequest of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known != null) {
            return known == NONE ? null : (QueryRequest) known;
        }
        QueryRequest q;
        try {
            q = parse(request);
        } catch (StackOverflowError tooDeep) {
            // Nested too deeply to parse or print: Fuseki's own run of it answers 400 with the reason.
            q = null;
        }
        request.setAttribute(ATTRIBUTE, q == null ? NONE : q);
        return q;
    }

    /** The endpoint path and normal query: what the cost of running it depends on. */
    String costKey() {
        return path + "\n" + normalQuery;
    }

    /** The query as ARQ re-serialises it, without prefixes. */
    String normalQuery() {
        return normalQuery;
    }

    /** Everything the answer's bytes and headers depend on, besides the database. */
    String answerKey() {
        return answerKey;
    }

    /** The normal form of a query text, as {@link #normalQuery()} gives it; null when it does not parse. */
    static String normalise(String text) {
        try {
            Query q = QueryFactory.create(text, Syntax.syntaxARQ);
            q.setPrefixMapping(PrefixMapping.Factory.create());
            q.setBaseURI((String) null);
            return q.serialize(Syntax.syntaxARQ);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static QueryRequest parse(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return null;
        }
        String text = request.getParameter("query");
        String type = request.getContentType();
        if (text == null && "POST".equals(method) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query")) {
            text = body(request);
        }
        if (text == null || request.getParameter("update") != null) {
            return null;
        }
        Parsed q = PARSED.get(text, QueryRequest::parseText);
        if (q == Parsed.UNPARSABLE) {
            return null;
        }
        String format;
        try {
            format = format(request, q.offer());
        } catch (RuntimeException badAccept) {
            return null;
        }
        Map<String, String> others = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("query")) {
                others.put(name, String.join("\u0000", values));
            }
        });
        // The prefixes show in Turtle, RDF/XML and text answers, not in the standard result formats.
        boolean prefixesShow = !q.table() || !PREFIX_FREE.contains(format) || !others.isEmpty();
        String prefixes = prefixesShow ? q.prefixes() : "";
        String normal = q.normal();
        String path = request.getRequestURI();
        String key = path + "\n" + format + "\n" + others + "\n" + prefixes + "\n" + normal;
        return new QueryRequest(path, normal, key);
    }

    /**
     * What a query text's answer key needs from its parse, computed once per distinct text: a repeated query (the
     * common case: saved queries, pages, tools) is not parsed and printed again on every request.
     *
     * @param offer the result formats Fuseki offers for it; @param table whether it is a SELECT or ASK (answered in
     * prefix-free formats); @param prefixes its prefix declarations, sorted; @param normal the query re-serialised
     * without prefixes or base
     */
    private record Parsed(AcceptList offer, boolean table, String prefixes, String normal) {
        static final Parsed UNPARSABLE = new Parsed(null, false, "", "");

        int weight() {
            return 64 + 2 * (prefixes.length() + normal.length());
        }
    }

    /**
     * The parses of recent query texts, keyed by the text itself and bounded in bytes (texts are at most the request
     * size limit), so that a flood of distinct texts only evicts.
     */
    private static final Cache<String, Parsed> PARSED = Caffeine.newBuilder().maximumWeight(PARSED_BYTES)
            .weigher((String text, Parsed p) -> 2 * text.length() + p.weight()).build();

    private static Parsed parseText(String text) {
        Query q;
        try {
            // As Fuseki parses it, so that one normal form never stands for two queries Fuseki tells apart.
            q = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return Parsed.UNPARSABLE;
        }
        AcceptList offer = q.isSelectType() ? DEF.rsOfferTable
                : q.isAskType() ? DEF.rsOfferBoolean
                : q.isConstructQuad() ? DEF.quadsOffer
                : DEF.constructOffer;
        String prefixes = new TreeMap<>(q.getPrefixMapping().getNsPrefixMap()).toString();
        q.setPrefixMapping(PrefixMapping.Factory.create());
        q.setBaseURI((String) null);
        return new Parsed(offer, q.isSelectType() || q.isAskType(), prefixes, q.serialize(Syntax.syntaxARQ));
    }

    /** The media type Fuseki's content negotiation picks among {@code offer}, or {@code none} (its default). */
    private static String format(HttpServletRequest request, AcceptList offer) {
        // No default: an Accept that matches nothing must not share a key with one that names the default type.
        MediaType chosen = ConNeg.chooseContentType(request, offer, null);
        return chosen == null ? "none" : chosen.getContentTypeStr();
    }

    private static String body(HttpServletRequest request) {
        String cs = request.getCharacterEncoding();
        try (InputStream in = request.getInputStream()) {
            // RequestSizeFilter has read and bounded the body already: this reads its copy in memory.
            return new String(in.readAllBytes(), cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
