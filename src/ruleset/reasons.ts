import type { Language, Reason } from "../core/types";

/** Why a passage is marked as an unverified allegation, in plain words for readers. */
export const REASON_TEXT: Record<Reason, Record<Language, string>> = {
  "party-claim": {
    en: "A claim by a party to the story (a toll, an attack, a gain or loss, blame, an intention); the text gives no independent confirmation",
    ar: "ادعاء طرف في القصة (حصيلة، هجوم، تقدم أو خسارة، تحميل مسؤولية، نوايا) دون تأكيد مستقل في النص",
  },
  accusation: {
    en: "Makes an accusation (collusion, betrayal, a staged event…)",
    ar: "يتضمن اتهامًا (تواطؤ، خيانة، مسرحية…)",
  },
  denial: {
    en: "A denial by a party to the story",
    ar: "نفي من طرف في القصة",
  },
  hedge: {
    en: "Hedged: the text itself is not sure (allegedly, reportedly, it seems)",
    ar: "بصيغة غير جازمة: النص نفسه غير متأكد (يُزعم، يبدو، على ما يبدو)",
  },
  unconfirmed: {
    en: "The text says it could not be verified",
    ar: "يذكر النص أنه لم يتسنَّ التحقق منه",
  },
  "unconfirmed-report": {
    en: "A toll counted by a monitoring group from its own sources; the text gives no independent confirmation",
    ar: "حصيلة أحصتها جهة رصد من مصادرها الخاصة دون تأكيد مستقل في النص",
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
    en: "Contested: the sides give conflicting versions or figures",
    ar: "موضع خلاف: تتضارب روايات الأطراف أو أرقامها",
  },
  characterisation: {
    en: "A characterisation the text attributes to no one (widely seen as)",
    ar: "توصيف لا ينسبه النص إلى أحد (يُنظر إليه على نطاق واسع)",
  },
};
