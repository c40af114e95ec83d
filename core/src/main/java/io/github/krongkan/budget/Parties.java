package io.github.krongkan.budget;

import io.github.krongkan.internal.Require;
import java.util.Optional;

/** Checks of the network id and the name by which money is tied to a network, school or group. */
final class Parties {
    private Parties() {}

    /**
     * Checks an optional network id (not blank, no surrounding white space) and an optional name
     * (not blank).
     *
     * @param networkId the network id
     * @param party     the name as written
     * @param what      what carries them, for the message
     */
    static void check(Optional<String> networkId, Optional<String> party, String what) {
        networkId.ifPresent(id -> {
            Require.notBlank(id, "networkId of " + what);
            if (!id.equals(id.strip())) {
                throw new IllegalArgumentException(
                        "networkId of " + what + " must not have leading or trailing white space: '" + id + "'");
            }
        });
        party.ifPresent(p -> Require.notBlank(p, "party of " + what));
    }
}
