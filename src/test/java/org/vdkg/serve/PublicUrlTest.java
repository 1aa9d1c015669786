package org.vdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code --public-url} in canonical form, so that it compares equal to the {@code Origin} browsers send. */
class PublicUrlTest {

    @Test
    void theRootIsWrittenAsBrowsersWriteOrigins() {
        assertEquals("https://vdkg.example.org/", PublicUrl.root("HTTPS://VDKG.Example.org"));
        assertEquals("https://vdkg.example.org/", PublicUrl.root("https://vdkg.example.org:443/"));
        assertEquals("http://vdkg.example.org/", PublicUrl.root(" http://vdkg.example.org:80 "));
        assertEquals("http://vdkg.example.org:8080/", PublicUrl.root("http://vdkg.example.org:8080/"));
        assertEquals("http://[::1]:3030/", PublicUrl.root("http://[::1]:3030"));
    }

    @Test
    void theDefaultIsTheListeningAddress() {
        assertEquals("http://127.0.0.1:3030/", PublicUrl.of("127.0.0.1", 3030));
        assertEquals("http://[::1]:3030/", PublicUrl.of("::1", 3030));
    }
}
