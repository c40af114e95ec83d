/** Implementation details shared by krongkan's packages; not part of the public API. */
package io.github.krongkan.internal;
