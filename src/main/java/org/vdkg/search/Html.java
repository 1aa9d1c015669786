package org.vdkg.search;

/** Escaping and the page frame of the search and preview pages. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:52em;margin:1em auto;padding:0 1em}"
                + "li{margin:.6em 0}.type{color:#555;font-size:.9em}.why{color:#555;font-size:.9em}"
                + ".names{font-size:.9em}</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
