package kz.zauyt.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on a few threads and hands each result on in input order as soon as it and all before it
 * are done (not a window at a time: a slow item held back the finished ones, and a killed run lost
 * them). An item still running after its time budget is given up: {@code late} answers for it, its
 * slot goes to the next item, and its thread, a daemon, is interrupted and left to end on its own.
 */
public final class InOrder {

    private static final long POLL_MILLIS = 50;

    private InOrder() {
    }

    public static <I, R> void run(Iterator<I> items, int threads, Duration budget, Function<I, R> work,
            BiFunction<I, Duration, R> late, Consumer<R> sink) {
        run(items, threads, budget, work, late, sink, () -> { });
    }

    /** As above; {@code idle} runs whenever the next result is not ready yet, before waiting for it. */
    public static <I, R> void run(Iterator<I> items, int threads, Duration budget, Function<I, R> work,
            BiFunction<I, Duration, R> late, Consumer<R> sink, Runnable idle) {
        int slots = Math.max(1, threads);
        Semaphore running = new Semaphore(slots);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "zauyt-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Job<I, R>> window = new ArrayDeque<>();
        int ahead = Math.max(64, slots * 16);
        try {
            while (items.hasNext() || !window.isEmpty()) {
                while (window.size() < ahead && items.hasNext()) {
                    Job<I, R> job = new Job<>(items.next());
                    job.thread = pool.submit(() -> job.run(work, running));
                    window.add(job);
                }
                Job<I, R> head = window.poll();
                if (!head.result.isDone()) {
                    idle.run();
                }
                sink.accept(head.await(budget, late, running));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Job<I, R> {
        final I item;
        final CompletableFuture<R> result = new CompletableFuture<>();
        final AtomicBoolean slotFreed = new AtomicBoolean();
        volatile long started;
        java.util.concurrent.Future<?> thread;

        Job(I item) {
            this.item = item;
        }

        void run(Function<I, R> work, Semaphore running) {
            try {
                running.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            started = System.nanoTime();
            try {
                result.complete(work.apply(item));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                free(running);
            }
        }

        void free(Semaphore running) {
            if (slotFreed.compareAndSet(false, true)) {
                running.release();
            }
        }

        R await(Duration budget, BiFunction<I, Duration, R> late, Semaphore running) {
            long limit = budget.toNanos();
            try {
                while (true) {
                    try {
                        return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        long s = started;
                        if (s != 0 && System.nanoTime() - s > limit) {
                            free(running);
                            thread.cancel(true);
                            return late.apply(item, budget);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
