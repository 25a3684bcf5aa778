package org.langcov.store;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.langcov.system.TempFolder;

/**
 * The body of one answer: written to a temporary file for a file found, or thrown away for any other answer. It stops
 * at {@code limit} bytes without reading further, and notes when data last came, so that a server that stalls in the
 * middle of a file can be given up on (the JDK's request timeout covers only the wait for the headers).
 */
final class Download implements BodySubscriber<Path> {

	private final Path file;

	private final long limit;

	private final long declared;

	private final CompletableFuture<Path> result = new CompletableFuture<>();

	private volatile Flow.Subscription subscription;

	private volatile long lastProgress = System.nanoTime();

	private FileChannel channel;

	private long count;

	/**
	 * @param file
	 *            where to write the body, or {@code null} to throw it away
	 * @param limit
	 *            most bytes read
	 * @param declared
	 *            the {@code Content-Length}, or -1
	 */
	Download(Path file, long limit, long declared) {
		this.file = file;
		this.limit = limit;
		this.declared = declared;
	}

	long lastProgress() {
		return this.lastProgress;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (this.file != null && this.declared > this.limit) {
			fail(tooLarge("the file is " + Sizes.shown(this.declared) + ", more than max-file-size "
					+ Sizes.shown(this.limit) + " (not downloaded)"));
			return;
		}
		try {
			if (this.file != null) {
				this.channel = FileChannel.open(this.file, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING);
			}
			subscription.request(1);
		} catch (IOException ex) {
			fail(ex);
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		this.lastProgress = System.nanoTime();
		try {
			for (ByteBuffer buffer : buffers) {
				this.count += buffer.remaining();
				if (this.count > this.limit) {
					if (this.file == null) {
						// an error page longer than anyone reads: enough of it
						finish(null);
					} else {
						fail(tooLarge("the file is larger than max-file-size " + Sizes.shown(this.limit)
								+ " (download stopped there)"));
					}
					return;
				}
				while (this.channel != null && buffer.hasRemaining()) {
					this.channel.write(buffer);
				}
			}
			this.subscription.request(1);
		} catch (IOException ex) {
			fail(ex);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		close();
		this.result.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		close();
		this.result.complete(this.file);
	}

	@Override
	public CompletionStage<Path> getBody() {
		return this.result;
	}

	/** Gives up: the server stalled. */
	void abandon(IOException reason) {
		fail(reason);
	}

	private void finish(Path body) {
		this.subscription.cancel();
		close();
		this.result.complete(body);
	}

	private void fail(Throwable failure) {
		Flow.Subscription current = this.subscription;
		if (current != null) {
			current.cancel();
		}
		close();
		this.result.completeExceptionally(failure);
	}

	private synchronized void close() {
		if (this.channel != null) {
			try {
				this.channel.close();
			} catch (IOException ex) {
				// the result already says what went wrong
			}
			this.channel = null;
		}
	}

	private static StoreException tooLarge(String message) {
		return new StoreException(message);
	}

	static Path temporaryFile() throws IOException {
		return TempFolder.newFile("langcov-", ".download");
	}

}
