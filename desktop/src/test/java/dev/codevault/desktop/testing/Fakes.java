package dev.codevault.desktop.testing;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds fakes of the API client interfaces for view-model tests: each return value is a function of the
 * call's arguments, and a call without one fails the test with the method's name.
 *
 * @param <T> the interface
 */
public final class Fakes<T> {

    private final Class<T> type;
    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

    private Fakes(Class<T> type) {
        this.type = type;
    }

    /** Starts a fake of an interface. */
    public static <T> Fakes<T> of(Class<T> type) {
        return new Fakes<>(type);
    }

    /** Returns the function's result for every call of the named method; a thrown exception is rethrown. */
    public Fakes<T> answer(String method, Function<Object[], Object> answer) {
        answers.put(method, answer);
        return this;
    }

    /** Returns the fake. */
    public T build() {
        Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Fake " + type.getSimpleName();
                };
            }
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("the test did not expect a call of " + type.getSimpleName() + "."
                        + method.getName());
            }
            return answer.apply(args == null ? new Object[0] : args);
        });
        return type.cast(fake);
    }
}
