/**
 * The Amazon States Language intrinsic functions ({@code States.Format}, {@code States.Array},
 * {@code States.Hash}...), parsed once when a definition is loaded and evaluated each time a state
 * runs. {@link dev.sfntest.data.intrinsic.Intrinsic} is the only public type.
 */
package dev.sfntest.data.intrinsic;
