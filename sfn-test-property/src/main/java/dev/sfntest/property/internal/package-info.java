/** The implementation of {@code dev.sfntest.property}: not API, may change in any release. */
package dev.sfntest.property.internal;
