package org.vdkg.serve.guard;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code /$/cache}: what the server keeps and how busy it is, as JSON: the answer cache (hits, misses, entries,
 * bytes; {@code "enabled": false} with updates allowed or {@code --cache-mb 0}), the query lanes (slots, what runs,
 * what was refused), the values pages compute once ({@link org.vdkg.web.Precomputed}) and how far the warming on start
 * has got ({@link AnswerWarmer}). Read-only and free of
 * query texts, so safe to leave public; it takes no parameters.
 */
final class GuardStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/$/cache";

    private final transient Supplier<String> answers;
    private final transient Supplier<String> lanes;
    private final transient Supplier<String> pages;
    private final transient Supplier<String> warming;

    GuardStatusServlet(Supplier<String> answers, Supplier<String> lanes, Supplier<String> pages, Supplier<String> warming) {
        this.answers = answers;
        this.lanes = lanes;
        this.pages = pages;
        this.warming = warming;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getParameterMap().isEmpty()) {
            Refusal.send(resp, 400, PATH + " takes no parameters");
            return;
        }
        byte[] body = ("{\"answers\": " + answers.get() + ",\n \"lanes\": " + lanes.get() + ",\n \"pages\": "
                + pages.get() + ",\n \"warming\": " + warming.get() + "}\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
