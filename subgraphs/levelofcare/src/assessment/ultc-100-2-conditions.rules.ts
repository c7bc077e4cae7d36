/**
 * The "Due To" conditions of the ULTC 100.2 instrument, per scored area, as printed in
 * CO 10 CCR 2505-10 §8.401 ("A. Uniform Long-Term Care 100.2"; seeds/co-10-ccr-2505-10-8.401-level-of-care.txt).
 * A score of 1 or more "must be justified through one or more of the following conditions".
 */
const supervisionAndMentalHealth = [
  "Cognitive Impairment", "Memory Impairment", "Behavior Issues", "Lack of Awareness", "Difficulty Learning", "Seizures",
  "Lack of Motivation/Apathy", "Delusional", "Hallucinations", "Paranoia",
];

export const ultcAreas = ["bathing", "dressing", "toileting", "mobility", "transferring", "eating", "behaviors", "memoryCognition"] as const;
export type UltcArea = (typeof ultcAreas)[number];
export const ultcAdlAreas: readonly UltcArea[] = ["bathing", "dressing", "toileting", "mobility", "transferring", "eating"];
export const ultcSupervisionAreas: readonly UltcArea[] = ["behaviors", "memoryCognition"];

export const ultcDueToConditions: Record<UltcArea, readonly string[]> = {
  bathing: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Balance Problems", "Shortness of Breath", "Decreased Endurance",
    "Falls", "Paralysis", "Neurological Impairment", "Oxygen Use", "Muscle Tone", "Amputation", "Open Wound", "Stoma Site",
    ...supervisionAndMentalHealth,
  ],
  dressing: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Balance Problems", "Shortness of Breath", "Decreased Endurance",
    "Fine Motor Impairment", "Paralysis", "Neurological Impairment", "Bladder Incontinence", "Bowel Incontinence", "Amputation", "Oxygen Use",
    "Muscle Tone", "Open Wound",
    ...supervisionAndMentalHealth,
  ],
  toileting: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Shortness of Breath", "Decreased Endurance", "Fine Motor Impairment",
    "Paralysis", "Neurological Impairment", "Bladder Incontinence", "Bowel Incontinence", "Amputation", "Oxygen Use", "Physiological defect",
    "Balance", "Muscle Tone", "Impaction", "Ostomy", "Catheter",
    ...supervisionAndMentalHealth,
  ],
  mobility: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Shortness of Breath", "Decreased Endurance", "Fine or Gross Motor Impairment",
    "Paralysis", "Neurological Impairment", "Amputation", "Oxygen Use", "Balance", "Muscle Tone", "History of Falls",
    ...supervisionAndMentalHealth,
  ],
  transferring: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Balance Problems", "Shortness of Breath", "Falls", "Decreased Endurance",
    "Paralysis", "Neurological Impairment", "Amputation", "Oxygen Use",
    ...supervisionAndMentalHealth,
  ],
  eating: [
    "Pain", "Sensory Impairment", "Limited Range of Motion", "Weakness", "Shortness of Breath", "Decreased Endurance", "Paralysis",
    "Neurological Impairment", "Amputation", "Oxygen Use", "Fine Motor Impairment", "Poor Dentition", "Tremors", "Swallowing Problems", "Choking",
    "Aspiration", "Tube Feeding", "IV Feeding",
    ...supervisionAndMentalHealth,
  ],
  behaviors: [
    "Chronic Medical Condition", "Acute Illness", "Pain", "Neurological Impairment", "Choking", "Sensory Impairment",
    "Communication Impairment (not inability to speak English)", "Lack of Motivation/Apathy", "Delusional", "Hallucinations", "Paranoia",
    "Mood Instability", "Short Term Memory Loss", "Long Term Memory Loss", "Agitation", "Aggressive Behavior", "Cognitive Impairment",
    "Difficulty Learning", "Memory Impairment", "Verbal Abusiveness", "Constant Vocalization", "Sleep Deprivation", "Self-Injurious Behavior",
    "Impaired Judgment", "Disruptive to Others", "Disassociation", "Wandering", "Seizures", "Self Neglect", "Medication Management",
  ],
  memoryCognition: [
    "Metabolic Disorder", "Medication Reaction", "Acute Illness", "Pain", "Neurological Impairment", "Alzheimer's/Dementia", "Sensory Impairment",
    "Chronic Medical Condition", "Communication Impairment (does not include ability to speak English)", "Abnormal Oxygen Saturation",
    "Fine Motor Impairment", "Disorientation", "Cognitive Impairment", "Difficulty Learning", "Memory Impairment", "Self-Injurious Behavior",
    "Impaired Judgment", "Unable to Follow Directions", "Constant Vocalizations", "Perseveration", "Receptive Expressive Aphasia", "Agitation",
    "Disassociation", "Wandering", "Lack of Awareness", "Seizures", "Medication Management", "Lack of Motivation/Apathy", "Delusional",
    "Hallucinations", "Paranoia", "Mood Instability",
  ],
};
