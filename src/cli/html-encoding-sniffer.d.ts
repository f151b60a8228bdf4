declare module "html-encoding-sniffer" {
  /** The canonical name of the encoding of an HTML byte stream, by the HTML standard's sniffing. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
