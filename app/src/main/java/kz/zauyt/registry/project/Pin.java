package kz.zauyt.registry.project;

/**
 * A person's decision that a mention belongs to the project with manual key {@code projectKey};
 * {@code projectId} is that project's id, or 0 when every mention of it is gone and it must be made again.
 */
public record Pin(String projectKey, long projectId) {
    public Pin {
        if (projectKey == null || projectKey.isBlank()) {
            throw new IllegalArgumentException("a pin needs a project key, got '" + projectKey + "'");
        }
    }
}
