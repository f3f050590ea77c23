package org.dozaban.work;

import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackgroundTest {

    @Test
    void theResultIsTakenOnceTheWorkIsDoneOnAThreadOfItsOwn() throws IOException {
        Thread caller = Thread.currentThread();
        Background<String> work = Background.start("test work", () -> {
            Thread.sleep(50);
            return Thread.currentThread().getName() + (Thread.currentThread() == caller ? " on the caller" : "");
        });
        assertEquals("test work", work.join());
        assertEquals("test work", work.join());
    }

    @Test
    void failuresArePassedOnAsTheyWereThrown() {
        FileNotFoundException missing = new FileNotFoundException("gone");
        assertSame(missing, assertThrows(IOException.class, () -> Background.start("io", () -> {
            throw missing;
        }).join()));
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Background.start("unchecked", () -> {
            throw bad;
        }).join()));
        StackOverflowError deep = new StackOverflowError();
        assertSame(deep, assertThrows(StackOverflowError.class, () -> Background.start("error", () -> {
            throw deep;
        }).join()));
        TimeoutException other = new TimeoutException("late");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> Background.start("checked",
                () -> {
                    throw other;
                }).join());
        assertSame(other, wrapped.getCause());
        assertNotEquals(null, wrapped.getMessage());
    }
}
