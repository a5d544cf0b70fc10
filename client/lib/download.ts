/** A file the server prepared (CSV, XLSX, JSON) handed to the browser as a download. */
export interface DownloadFile {
  filename: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

export function saveFile(file: DownloadFile): void {
  const data = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads an uploaded file: text for CSV and JSON (UTF-8, a BOM is fine), base64 for XLSX. */
export async function readUpload(file: File, as: 'text' | 'base64'): Promise<string> {
  if (as === 'text') return file.text();
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
