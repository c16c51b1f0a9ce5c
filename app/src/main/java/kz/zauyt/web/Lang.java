package kz.zauyt.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The languages the pages speak, each complete (MessagesTest checks it); a key a translation lacks
 * would show in English. Chosen by {@code ?lang=}, remembered in a cookie, else guessed from the
 * browser's Accept-Language.
 */
public enum Lang {
    EN("en", "English"),
    RU("ru", "Русский"),
    KK("kk", "Қазақша");

    private static final String COOKIE = "lang";

    private final String code;
    private final String label;

    Lang(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language named by {@code code}, or null when it names none we speak. */
    public static Lang of(String code) {
        if (code == null) {
            return null;
        }
        for (Lang l : values()) {
            if (l.code.equalsIgnoreCase(code.strip())) {
                return l;
            }
        }
        return null;
    }

    /** The request's language; a {@code ?lang=} choice is remembered for the next pages. */
    static Lang of(Context ctx) {
        Lang asked = of(ctx.queryParam("lang"));
        if (asked != null) {
            ctx.header("Set-Cookie", COOKIE + "=" + asked.code + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
            return asked;
        }
        Lang remembered = of(ctx.cookie(COOKIE));
        if (remembered != null) {
            return remembered;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].strip();
                Lang l = of(tag.length() > 2 ? tag.substring(0, 2) : tag);
                if (l != null) {
                    return l;
                }
            }
        }
        return EN;
    }
}
