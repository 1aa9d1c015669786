package org.vdkg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/** Chooses a representation from {@code ?format=} or the {@code Accept} header. */
public final class Negotiation {

    private static final String PLAIN_JSON = "application/json";

    private Negotiation() {
    }

    /** The chosen offer; empty when nothing acceptable is offered (406). A bad {@code ?format=} or {@code Accept} throws {@link BadRequest}. */
    public static Optional<Offer> choose(HttpServletRequest req, List<Offer> offers) {
        String key = req.getParameter("format");
        if (key != null) {
            Optional<Offer> o = Offer.byKey(key).filter(offers::contains);
            if (o.isEmpty()) {
                throw new BadRequest("unknown format '" + key + "'; use one of " + keys(offers));
            }
            return o;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        AcceptList wanted;
        try {
            wanted = new AcceptList(accept);
        } catch (RuntimeException e) {
            throw new BadRequest("cannot read the Accept header: " + accept);
        }
        List<String> types = new java.util.ArrayList<>(offers.stream().map(Offer::mediaType).toList());
        boolean jsonIsJsonLd = offers.contains(Offer.JSONLD) && !offers.contains(Offer.JSON);
        if (jsonIsJsonLd) {
            // A plain JSON client (Accept: application/json) gets JSON-LD, which is JSON.
            types.add(PLAIN_JSON);
        }
        MediaType m = AcceptList.match(wanted, AcceptList.create(types.toArray(String[]::new)));
        if (m == null) {
            return Optional.empty();
        }
        if (jsonIsJsonLd && m.getContentTypeStr().equals(PLAIN_JSON)) {
            return Optional.of(Offer.JSONLD);
        }
        return offers.stream().filter(o -> o.mediaType().equals(m.getContentTypeStr())).findFirst();
    }

    public static String keys(List<Offer> offers) {
        return offers.stream().map(Offer::key).collect(Collectors.joining(", "));
    }

    public static String mediaTypes(List<Offer> offers) {
        return offers.stream().map(Offer::mediaType).collect(Collectors.joining(", "));
    }
}
