/**
 * Turns a message as Slack delivers it into plain question text: drops the bot mention and other
 * mentions, special broadcasts (<!channel>), channel links, emoji codes and formatting marks; keeps link
 * labels; decodes &amp; &lt; &gt;; reads an arrow between names ("cissp -> aaism") as going from one to the other.
 */
export function cleanQuestion(text: string): string {
  return (
    text
      .replace(/<[@#!][^>]*>/g, ' ') // <@U123>, <@U123|name>, <#C1|general>, <!channel>, <!subteam^S1>
      .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, ' $1 ') // <https://x|label> → label
      .replace(/<(?:https?|mailto):[^>]*>/g, ' ') // bare links say nothing about the question
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      // "cissp -> aaism?": from what is held to what is wanted, as "CISSP holder, can I take AAISM?"
      .replace(/\s*(?:-+>|=>|[→⇒⟶])\s*/g, ' holder, can i take ')
      .replace(/:[a-z0-9_+-]+:/g, ' ') // :thinking_face:
      .replace(/\bw\/o\b/gi, ' without ')
      .replace(/\bw\//gi, ' with ')
      .replace(/[*_~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
