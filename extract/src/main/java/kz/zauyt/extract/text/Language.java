package kz.zauyt.extract.text;

import java.util.Locale;

/** The languages Zauyt reads, with their ISO 639-1 codes. */
public enum Language {
    EN, RU, KK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "'");
    }
}
