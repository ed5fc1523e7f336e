import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/** Renders an A4 PDF in memory. Large type by default: many readers are older residents. */
export function renderPdf(title: string, build: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Producer: 'Buurtkracht' }, bufferPages: true });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      build(doc);
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}

export function kop(doc: Pdf, text: string, size = 20): void {
  doc.font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.4).font('Helvetica').fontSize(12);
}

/** `label: value` lines, skipping empty values. */
export function velden(doc: Pdf, rows: [string, unknown][]): void {
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const v = Array.isArray(value) ? value.join(', ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    doc.font('Helvetica-Bold').fontSize(12).text(`${label}: `, { continued: true }).font('Helvetica').text(v);
  }
  doc.moveDown(0.6);
}
