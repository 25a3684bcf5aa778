package org.langcov.check;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The file as the parser reads it, checking the {@link Deadline} on every read and seek ({@link Deadline#tick()}, the
 * clock read on every few hundredth): a parser that loops over the file, following cross-reference sections or
 * repairing a broken file byte by byte, stops when the time is up.
 */
final class GuardedRead implements RandomAccessRead {

	private final RandomAccessRead source;

	private final Deadline deadline;

	GuardedRead(RandomAccessRead source, Deadline deadline) {
		this.source = source;
		this.deadline = deadline;
	}

	@Override
	public int read() throws IOException {
		this.deadline.tick();
		return this.source.read();
	}

	@Override
	public int read(byte[] b, int offset, int length) throws IOException {
		this.deadline.tick();
		return this.source.read(b, offset, length);
	}

	@Override
	public long getPosition() throws IOException {
		return this.source.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		this.deadline.tick();
		this.source.seek(position);
	}

	@Override
	public long length() throws IOException {
		return this.source.length();
	}

	@Override
	public boolean isClosed() {
		return this.source.isClosed();
	}

	@Override
	public boolean isEOF() throws IOException {
		return this.source.isEOF();
	}

	/**
	 * A view over this reader rather than the source's own, so that stream data read through it is guarded too. Views
	 * restore their position before every read, as PDFBox's in-memory sources share theirs the same way.
	 */
	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		return new RandomAccessReadView(this, startPosition, streamLength);
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
