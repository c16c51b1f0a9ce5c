package kz.zauyt.web;

/** A request parameter that cannot be used: answered with 400 and the parameter's name. */
public final class BadParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
