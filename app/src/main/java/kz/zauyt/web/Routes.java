package kz.zauyt.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * GET routes that answer HEAD too. Javalin answers a HEAD for a path with a GET route 200 without
 * running the handler, so a HEAD for a missing project or a bad filter said 200 where GET says 404
 * or 400. Running the GET handler gives the same status and headers; Jetty drops the body.
 */
public final class Routes {

    private Routes() {
    }

    public static void get(RoutesConfig r, String path, Handler handler) {
        r.get(path, handler);
        r.head(path, handler);
    }
}
