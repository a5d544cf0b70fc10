/** One thing that asks for someone's attention on the start page; the client words it (start.json: attention.<key>). */
export interface AttentionItem {
  key: string;
  /** A number the text shows ("3 open rondes"), or a name ("Kindcentrum De Boomhut"). */
  count?: number;
  name?: string;
  /** For a status item: its state ("missing", "concept", "done"). */
  state?: string;
  /** Where it is handled, a path of the app. */
  link: string;
  /** Does it need doing (true) or is it information / all done (false)? */
  urgent: boolean;
}

export interface AttentionGroup {
  role: 'projectleider' | 'mentor' | 'regiegroep' | 'student' | 'beheerder';
  items: AttentionItem[];
}
