/**
 * The {@code krongkan/1} codec, shared by the Jackson 2 and Jackson 3 modules: {@link
 * io.github.krongkan.json.codec.JsonIn} reads strictly (types, unknown, missing and duplicate
 * members, exact decimals, limits, JSON pointers in every error) from a {@link
 * io.github.krongkan.json.codec.TokenSource}, {@link io.github.krongkan.json.codec.JsonOut} writes
 * what it reads back to a {@link io.github.krongkan.json.codec.TokenSink}, and {@link
 * io.github.krongkan.json.codec.KrongkanCodec} holds the document entry points and the limits. A
 * binding implements the source and the sink over one Jackson version's parser and generator.
 *
 * <p>Not an API for applications: the package is exported to the two Jackson modules only, and
 * may change in any release.
 */
package io.github.krongkan.json.codec;
