import type { Language, Reason } from "../core/types";

/** Why a passage is marked as an unverified allegation, in plain words for readers. */
export const REASON_TEXT: Record<Reason, Record<Language, string>> = {
  accusation: {
    en: "Makes an accusation (collusion, betrayal, a staged event…)",
    ar: "يتضمن اتهامًا (تواطؤ، خيانة، مسرحية…)",
  },
  hedge: {
    en: "Hedged: the text itself is not sure (allegedly, reportedly, it seems)",
    ar: "بصيغة غير جازمة: النص نفسه غير متأكد (يُزعم، يبدو، على ما يبدو)",
  },
  unconfirmed: {
    en: "The text says it could not be verified",
    ar: "يذكر النص أنه لم يتسنَّ التحقق منه",
  },
  "anonymous-source": {
    en: "Rests on an unnamed source",
    ar: "يستند إلى مصدر لم يُذكر اسمه",
  },
  "social-media": {
    en: "Comes from social media accounts, posts or pages",
    ar: "مصدره حسابات أو منشورات أو صفحات على وسائل التواصل",
  },
  contested: {
    en: "Contested: denied, or the sides give conflicting versions or figures",
    ar: "موضع خلاف: نُفي، أو تتضارب روايات الأطراف أو أرقامها",
  },
};
