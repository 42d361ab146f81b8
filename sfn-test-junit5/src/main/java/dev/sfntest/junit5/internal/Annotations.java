package dev.sfntest.junit5.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds an option's annotation nearest the test: the method, then its class (and superclasses,
 * for {@code @Inherited} ones), then each enclosing class of a {@code @Nested} test.
 */
final class Annotations {
    private Annotations() {
    }

    static <A extends Annotation> Optional<A> nearest(ExtensionContext context, Class<A> type) {
        Optional<A> onMethod = context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, type));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        return nearestOnClass(context, type);
    }

    static <A extends Annotation> Optional<A> nearestOnClass(ExtensionContext context, Class<A> type) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = at.getElement();
            if (element.isPresent() && element.get() instanceof Class<?> testClass) {
                Optional<A> found = AnnotationSupport.findAnnotation(testClass, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
