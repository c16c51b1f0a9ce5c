package kz.zauyt.web;

import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches Javalin (a malformed path, a missing Host,
 * a control character in the request line): the same security headers as every other response.
 */
final class JettyErrors extends ErrorHandler {

    private final Map<String, String> headers;

    JettyErrors(Map<String, String> headers) {
        this.headers = headers;
        setShowStacks(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }
}
