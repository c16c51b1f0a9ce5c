package kz.zauyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests a careless or hostile client sends: never a 500, always the security headers, no junk copied into pages. */
class HostileRequestsTest {

    private static final List<String> FILTERED = List.of("/api/v1/projects", "/api/v1/stats", "/projects", "/projects.csv", "/map");
    private static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
    }

    /** Names with no word that names a company (a legal form, a letter, punctuation): a 400 naming company. */
    @ParameterizedTest
    @ValueSource(strings = {"LLP", "ТОО", "a", "-", "%", "!!!"})
    void aCompanyWithNoNameIsA400NamingIt(String company) {
        for (String path : FILTERED) {
            HttpResponse<String> r = Http.get(web.url(path + "?company=" + enc(company)));
            assertThat(r.statusCode()).as(path + " company=" + company + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(path).contains("company");
            if (path.startsWith("/api/")) {
                assertThat(Http.json(r).path("parameter").asText()).isEqualTo("company");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects?q=", "/projects?q=", "/projects.csv?q=", "/map?q=", "/documents?q=",
        "/api/v1/documents?q=", "/api/v1/projects?company=Tobyl"})
    void aNulCharacterIsA400NamingTheParameter(String pathAndParameter) {
        HttpResponse<String> r = Http.get(web.url(pathAndParameter + "%00"));
        assertThat(r.statusCode()).as(pathAndParameter + ": " + r.body()).isEqualTo(400);
        String parameter = pathAndParameter.replaceAll(".*[?&](\\w+)=.*", "$1");
        assertThat(r.body()).contains(parameter + " must not contain control characters");
    }

    @Test
    void problemJsonIsUtf8() {
        HttpResponse<byte[]> r = Http.sendBytes(HttpRequest.newBuilder(URI.create(web.url("/api/v1/projects?region="
                + enc("ТОО-75")))).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("got 'ТОО-75'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/projects/999999999", "/api/v1/projects/999999999", "/api/v1/projects/abc", "/projects?region=XX",
        "/api/v1/projects?region=XX", "/projects?company=LLP", "/nothing-here", "/projects", "/api/v1/projects"})
    void headAnswersAsGetWould(String path) {
        int get = Http.get(web.url(path)).statusCode();
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(web.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get);
        assertThat(head.body()).isEmpty();
    }

    /** Requests Jetty refuses before the application sees them: a malformed path, no Host, a control character. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1\r\nHost: x\r\n", "GET / HTTP/1.1\r\n", "GET /a\u0001b HTTP/1.1\r\nHost: x\r\n"})
    void jettysOwnErrorsCarryTheSecurityHeaders(String request) throws IOException {
        String response = raw(request + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
                "referrer-policy: no-referrer", "x-frame-options: deny");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/projects.csv", "/map", "/targets", "/indicators", "/documents",
        "/projects/1"})
    void aPageRefusesAParameterItDoesNotKnow(String path) {
        HttpResponse<String> r = Http.get(web.url(path + "?utm_source=" + "x".repeat(500)));
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.body()).contains("unknown parameter 'utm_source'").doesNotContain("x".repeat(500));
    }

    @Test
    void aRepeatedParameterIsNotCopiedIntoEveryLink() {
        int plain = Http.get(web.url("/projects?region=KZ-39")).body().length();
        HttpResponse<String> r = Http.get(web.url("/projects?region=KZ-39&region=" + "x".repeat(6500)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("xxxxxxxxxx");
        assertThat(r.body().length()).isLessThan(plain + 1000);
    }

    @Test
    void theMapsRegionLinksOpenTheListWithTheMapsFiltersOnly() {
        String map = Http.get(web.url("/map?by=investment&currency=KZT&sector=C")).body();
        Matcher m = Pattern.compile("href=\"(/projects\\?[^\"]+)\"").matcher(map);
        assertThat(m.find()).as("a region link on the map").isTrue();
        String link = m.group(1).replace("&amp;", "&");
        assertThat(link).contains("sector=C", "region=KZ-").doesNotContain("by=", "currency=");
        assertThat(Http.get(web.url(link)).statusCode()).isEqualTo(200);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
