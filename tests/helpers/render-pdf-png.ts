/**
 * Renders the cover and the priorities page of the sample Ergebnisprotokoll side by side into
 * docs/ergebnisprotokoll.png, the picture in the README.
 *
 *   apt-get install -y poppler-utils        # pdftoppm
 *   node --import tsx tests/helpers/render-pdf-png.ts [de|en]
 *
 * pdftoppm writes PPM (a header and raw RGB), which is simple to put side by side here; the PNG is
 * encoded with node:zlib, so no image library is needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { renderPdf } from '../../src/lib/server/export/pdf.ts';
import { sampleReport } from './sample-report.ts';

const DPI = 72;
const GUTTER = 16;
const OUT = fileURLToPath(new URL('../../docs/ergebnisprotokoll.png', import.meta.url));

interface Image {
	width: number;
	height: number;
	rgb: Buffer;
}

function readPpm(file: string): Image {
	const data = readFileSync(file);
	const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
	if (!header) throw new Error(`${file} is not a binary PPM`);
	return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

function sideBySide(images: Image[]): Image {
	const height = Math.max(...images.map((image) => image.height));
	const width = images.reduce((total, image) => total + image.width, 0) + GUTTER * (images.length + 1);
	const rgb = Buffer.alloc(width * height * 3, 0xd0);
	let left = GUTTER;
	for (const image of images) {
		for (let y = 0; y < image.height; y++) {
			image.rgb.copy(rgb, (y * width + left) * 3, y * image.width * 3, (y + 1) * image.width * 3);
		}
		left += image.width + GUTTER;
	}
	return { width, height, rgb };
}

function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** 8-bit RGB PNG; every row uses the "Up" filter, which suits text on white well enough. */
function encodePng({ width, height, rgb }: Image): Buffer {
	const stride = width * 3;
	const raw = Buffer.alloc((stride + 1) * height);
	for (let y = 0; y < height; y++) {
		raw[y * (stride + 1)] = 2;
		for (let x = 0; x < stride; x++) {
			const above = y > 0 ? rgb[(y - 1) * stride + x]! : 0;
			raw[y * (stride + 1) + 1 + x] = (rgb[y * stride + x]! - above) & 0xff;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

export async function renderDocsPng(locale: 'de' | 'en' = 'de'): Promise<string> {
	const report = sampleReport({ cards: 120, clusters: 12, actions: 12 });
	const dir = mkdtempSync(join(tmpdir(), 'pinnwand-png-'));
	try {
		const pdf = join(dir, 'report.pdf');
		writeFileSync(pdf, await renderPdf(report, { locale }));
		// Page 2 holds the priorities: both rounds of the sample, the second broken down by institution.
		const pages = [1, 2].map((page) => {
			const prefix = join(dir, `page-${page}`);
			execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
			return readPpm(`${prefix}.ppm`);
		});
		writeFileSync(OUT, encodePng(sideBySide(pages)));
		return OUT;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const locale = process.argv[2] === 'en' ? 'en' : 'de';
	const file = await renderDocsPng(locale);
	console.log(`${file}: ${readFileSync(file).length} bytes`);
}
