package org.langcov.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Draws the README's two pictures of the sample's reports, side by side: {@code docs/cnd57-page.png}, the top of the
 * documents page as headless Chromium shows it, and {@code docs/cnd57-report.png}, the PDF report's first page as
 * PDFBox renders it. It runs the sample job first, as {@code ./langcov run jobs/cnd57.yml} does. From the project root:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.langcov.cli.ReadmePictures -Dexec.classpathScope=test
 * </pre>
 */
public final class ReadmePictures {

	/** Both pictures are this wide, so that they sit side by side at the same scale. */
	static final int WIDTH = 900;

	private ReadmePictures() {
	}

	public static void main(String[] args) throws IOException {
		// the project is the installation, as for ./langcov
		HomeProperty.set(Path.of("").toAbsolutePath());
		Console run = Console.run("run", "jobs/cnd57.yml");
		if (run.status() != 0) {
			throw new IllegalStateException("the sample job failed: " + run.err());
		}
		Path output = Path.of("output/cnd57");
		Path docs = Files.createDirectories(Path.of("docs"));
		if (!HeadlessChromium.installed()) {
			throw new IllegalStateException(HeadlessChromium.NOT_INSTALLED);
		}
		ChromeDriver browser = HeadlessChromium.start(1280, 1520);
		try {
			browser.get(output.resolve("CND57-coverage.html").toAbsolutePath().toUri().toString());
			BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
			ImageIO.write(scaled(page), "png", docs.resolve("cnd57-page.png").toFile());
		} finally {
			browser.quit();
		}
		try (PDDocument pdf = Loader.loadPDF(output.resolve("CND57-coverage.pdf").toFile())) {
			BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 110, ImageType.RGB);
			ImageIO.write(scaled(first), "png", docs.resolve("cnd57-report.png").toFile());
		}
		System.out.println("Wrote docs/cnd57-page.png and docs/cnd57-report.png");
	}

	private static BufferedImage scaled(BufferedImage image) {
		int height = Math.round((float) image.getHeight() * WIDTH / image.getWidth());
		BufferedImage scaled = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, WIDTH, height, null);
		graphics.dispose();
		return scaled;
	}

}
