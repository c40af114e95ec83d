package io.github.krongkan.lifecycle;

import io.github.krongkan.internal.Require;
import java.util.Objects;

/**
 * Why a transition was refused, in English and Thai.
 *
 * @param kind the kind of refusal
 * @param message the explanation in English
 * @param messageThai the explanation in Thai
 */
public record Refusal(RefusalKind kind, String message, String messageThai) {
    /**
     * A refusal.
     *
     * @param kind the kind of refusal
     * @param message the explanation in English, not blank
     * @param messageThai the explanation in Thai, not blank
     */
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageThai, "messageThai");
        Require.notBlank(message, "Refusal message");
        Require.notBlank(messageThai, "Refusal Thai message");
    }

    /**
     * A refusal by a {@link Guard}.
     *
     * @param message the explanation in English
     * @param messageThai the explanation in Thai
     * @return the refusal, of kind {@link RefusalKind#GUARD}
     */
    public static Refusal byGuard(String message, String messageThai) {
        return new Refusal(RefusalKind.GUARD, message, messageThai);
    }

    @Override
    public String toString() {
        return kind + ": " + message + " (" + messageThai + ")";
    }
}
