/* test_guard.c - the faithfulness guard on hand-picked pairs: each check
 * accepts the legitimate rewrites a model makes (expansions, number words,
 * reordering) and flags the error it exists for, with a span that points at
 * the offending text.  Also the reasons' JSON round trip. */
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "testutil.h"

/* Run the guard; return the verdict and, when check is non-NULL, whether a reason with that id was given. */
static int verdict(const char *src, const char *out, const char *finish, const char *check, bool *has) {
    cc_guard_result r;
    cc_error err = {0};
    if (cc_guard_check(src, strlen(src), out, strlen(out), finish, &r, &err) != CC_OK) {
        fprintf(stderr, "guard failed: %s\n", err.msg);
        return -1;
    }
    if (has) {
        *has = false;
        for (size_t i = 0; i < r.n_reasons; i++) *has |= strcmp(r.reasons[i].check, check) == 0;
    }
    if (r.verdict != CC_GUARD_OK && getenv("GUARD_TEST_VERBOSE"))
        for (size_t i = 0; i < r.n_reasons; i++) fprintf(stderr, "   %s: %s\n", r.reasons[i].check, r.reasons[i].detail);
    int v = (int)r.verdict;
    cc_guard_result_free(&r);
    return v;
}

#define OK_PAIR(s, o) CHECKF(verdict(s, o, "eos", NULL, NULL) == CC_GUARD_OK, "expected ok: %s || %s", s, o)
#define FLAG_PAIR(s, o, ck)                                                                       \
    do {                                                                                          \
        bool has_ = false;                                                                        \
        CHECKF(verdict(s, o, "eos", ck, &has_) == CC_GUARD_REVIEW && has_, "expected %s: %s || %s", ck, s, o); \
    } while (0)

/* A rule's case: a faithful rewrite the guard must pass and the same text with one error that
 * the named check must flag (the shape of the OK_PAIR / FLAG_PAIR blocks above, as a table). */
typedef struct {
    const char *why;   /* what the case shows */
    const char *src;   /* the source note */
    const char *ok;    /* a faithful rewrite: must pass */
    const char *bad;   /* the rewrite with one error: must be flagged */
    const char *check; /* the check that must name the error */
} rule_case;

static void check_rule_cases(const rule_case *c, size_t n) {
    for (size_t i = 0; i < n; i++) {
        CHECKF(verdict(c[i].src, c[i].ok, "eos", NULL, NULL) == CC_GUARD_OK, "expected ok (%s): %s || %s", c[i].why,
               c[i].src, c[i].ok);
        bool has = false;
        CHECKF(verdict(c[i].src, c[i].bad, "eos", c[i].check, &has) == CC_GUARD_REVIEW && has, "expected %s (%s): %s || %s",
               c[i].check, c[i].why, c[i].src, c[i].bad);
    }
}
#define CHECK_RULE_CASES(a) check_rule_cases((a), sizeof(a) / sizeof((a)[0]))

static void numbers(void) {
    OK_PAIR("IV FLUIDS 1.5LTR OVER 6 HRS.", "IV fluids 1.5 L over 6 hours.");
    OK_PAIR("TAB DOLO 650MG BD.", "Tablet Dolo 650 mg twice daily.");
    OK_PAIR("INJ CEFTRIAXONE 1 GM IV OD.", "Injection ceftriaxone 1 g intravenously once daily.");
    OK_PAIR("TAB PCM 500 MG TDS X 5 DAYS.", "Tablet paracetamol 500 mg three times a day for five days.");
    OK_PAIR("SYP ZINC 5 ML OD X 14 DAYS.", "Syrup zinc 5 mL once daily for 14 days.");
    OK_PAIR("BP 130/80 MMHG, SPO2 98%, PR 88/MIN.", "Blood pressure 130/80 mmHg, SpO2 98%, pulse 88/min.");
    OK_PAIR("FEVER X 3-4 DAYS.", "Fever for 3 to 4 days.");
    OK_PAIR("BP 130/80 MMHG. HB 10.5 GM%.", "Blood pressure 130/80 mm Hg. Hemoglobin 10.5 g/dL.");
    OK_PAIR("DOA 12/03/2021.", "Date of admission: 12 March 2021.");
    OK_PAIR("H/O LAP CHOLECYSTECTOMY 12 YEAR BACK.", "History of laparoscopic cholecystectomy 12 years ago.");
    OK_PAIR("K/C/O T2DM.", "Known case of type 2 diabetes mellitus.");
    OK_PAIR("PLATELETS 1,50,000.", "Platelets 150,000.");
    OK_PAIR("DOE NYHA III. SVD ON 05/01/2024.", "Dyspnoea on exertion, NYHA class III. Single vessel disease on 05/01/2024.");
    OK_PAIR("TPA GIVEN AT 14:20.", "tPA was given at 14:20.");
    OK_PAIR("ON FOLFOX C3. AFEBRILE FROM DAY 3.", "On FOLFOX cycle 3. Afebrile from day 3.");
    OK_PAIR("CERVICAL LN 2X2 CM. ADVISED DFMC.", "Cervical lymph node of 2 x 2 cm. Daily fetal movement counting was advised.");
    FLAG_PAIR("TPA GIVEN AT 14:20.", "tPA was given at 14:00.", "numbers");
    OK_PAIR("TAB AMOXICILLIN 500 MG TDS X 5/7.", "Tablet amoxicillin 500 mg three times daily for 5 days.");
    OK_PAIR("REVIEW AFTER 1 WEEK.", "Review after a week.");
    OK_PAIR("SMOKER 10 CIGARETTES/DAY X 20 YRS.", "Smoker of 10 cigarettes a day for 20 years.");
    OK_PAIR("INJ X 1 GM 8 HRLY.", "Injection X 1 g every 8 hours.");
    OK_PAIR("NEB SALBUTAMOL 2.5 MG Q20MIN X 3, THEN Q4H.", "Salbutamol 2.5 mg nebulisation every 20 minutes for 3 doses, then every 4 hours.");
    FLAG_PAIR("NEB SALBUTAMOL 2.5 MG Q20MIN.", "Salbutamol 2.5 mg nebulisation every 30 minutes.", "numbers");
    OK_PAIR("C/O HEMATEMESIS 2 EPISODES.", "Complaints of hematemesis twice.");
    OK_PAIR("TAB METFORMIN 500 MG 1-0-1.", "Tablet metformin 500 mg, one tablet in the morning and one at night.");
    OK_PAIR("TAB A 10 MG BD X 5 DAYS, TAB B 20 MG OD X 5 DAYS.", "Tablet A 10 mg twice daily and tablet B 20 mg once daily, each for 5 days.");
    OK_PAIR("INJ ACTRAPID 8 UNITS SC TDS.", "Injection Actrapid 8 units subcutaneously before each of the three meals.");
    FLAG_PAIR("TAB METFORMIN 500 MG 1-0-1.", "Tablet metformin 500 mg, 2 tablets twice daily.", "numbers");
    FLAG_PAIR("TAB DOLO 650 MG BD.", "Tablet Dolo 600 mg twice daily.", "numbers");
    FLAG_PAIR("TAB THYRONORM 50 MCG OD.", "Tablet Thyronorm 50 mg once daily.", "numbers");
    FLAG_PAIR("TAB DOLO 650 MG BD X 5 DAYS.", "Tablet Dolo 650 mg twice daily.", "numbers");
    FLAG_PAIR("TAB DOLO 650 MG BD.", "Tablet Dolo 650 mg twice daily for 7 days.", "numbers");
    FLAG_PAIR("TAB COLCHICINE 0.5 MG BD.", "Tablet colchicine 5 mg twice daily.", "numbers");
    FLAG_PAIR("INJ X 1 GM 6 HRLY.", "Injection X 1 g every 6 days.", "numbers");
}

static void frequency(void) {
    OK_PAIR("TAB PAN 40 MG OD.", "Tablet Pan 40 mg once daily.");
    OK_PAIR("TAB METFORMIN 500 MG 1-0-1.", "Tablet metformin 500 mg twice a day.");
    OK_PAIR("TAB ATORVA 10 MG HS.", "Tablet Atorva 10 mg at bedtime.");
    OK_PAIR("TAB PCM 650 MG SOS FOR FEVER.", "Tablet paracetamol 650 mg as needed for fever.");
    FLAG_PAIR("TAB METFORMIN 500 MG BD.", "Tablet metformin 500 mg once daily.", "frequency");
    FLAG_PAIR("TAB PCM 650 MG SOS.", "Tablet paracetamol 650 mg three times daily.", "frequency");
    /* OD is a dose slot, never the right eye */
    FLAG_PAIR("TAB PAN 40 MG OD.", "Tablet Pan 40 mg in the right eye.", "frequency");
    FLAG_PAIR("INJ MONOCEF 1 GM IV BD.", "Injection Monocef 1 g intramuscularly twice daily.", "route");
    OK_PAIR("INJ FUROSEMIDE 40 MG IV BD, THEN TAB TORSEMIDE 20 MG OD.",
            "IV furosemide 40 mg twice daily, followed by oral torsemide 20 mg once daily.");
}

static void negation(void) {
    OK_PAIR("NO H/O CHEST PAIN.", "There is no history of chest pain.");
    OK_PAIR("NO H/O DM/HTN/BA.", "No history of diabetes, hypertension or bronchial asthma.");
    OK_PAIR("DENIES FEVER. C/O COUGH.", "The patient denies fever and complains of cough.");
    OK_PAIR("NO FEVER, APPETITE IMPROVED.", "There was no fever, and appetite improved.");
    OK_PAIR("PEDAL EDEMA ABSENT.", "There was no pedal edema.");
    OK_PAIR("NO FEVER. NO PAIN.", "Fever: absent. Pain-free.");
    OK_PAIR("HIV -VE, NS1 +VE.", "HIV negative, NS1 positive.");
    OK_PAIR("TROPONIN NEG X2. CT HEAD NEG FOR BLEED.", "Troponin was negative twice. CT of the head was negative for bleed.");
    OK_PAIR("SEIZURE FREE X 72 HRS.", "Seizure-free for 72 hours.");
    OK_PAIR("THYROTOXICOSIS. FT4 4.2.", "Thyrotoxicosis with free T4 4.2.");
    OK_PAIR("BABY B +VE, DCT -VE.", "The baby is B positive, with a negative DCT.");
    FLAG_PAIR("NO PV LEAK.", "There was leaking per vaginum.", "negation");
    OK_PAIR("NO E/O DVT ON DOPPLER.", "Doppler showed no evidence of DVT.");
    OK_PAIR("NO ICU ADMISSION NEEDED.", "ICU admission was not needed.");
    OK_PAIR("URINE PROTEIN NIL.", "There was no protein in the urine.");
    OK_PAIR("NO OTHER JOINTS INVOLVED. PAIN RELIEVED.", "No other joints were involved. The pain was relieved.");
    OK_PAIR("NO AIR TRAVEL X 2 WEEKS. RETURN IF CHEST PAIN.",
            "No air travel for 2 weeks, and return if there is chest pain.");
    OK_PAIR("AVOID LATE NIGHT MEALS, SPICY FOOD.", "Late-night meals and spicy food should be avoided.");
    FLAG_PAIR("TROPONIN NEG.", "Troponin was positive.", "negation");
    OK_PAIR("NBM X 24 HRS, IV FLUIDS GIVEN.", "Nil by mouth for 24 hours and IV fluids were given.");
    OK_PAIR("NO H/O CHEST PAIN. NO VOMITING.", "He denied chest pain and vomiting.");
    OK_PAIR("AVOID LIFTING HEAVY WEIGHTS.", "No heavy lifting.");
    FLAG_PAIR("AVOID LIFTING HEAVY WEIGHTS.", "Heavy lifting is advised.", "negation");
    FLAG_PAIR("NO H/O HYPOGLYCEMIA.", "There was a history of hypoglycaemia.", "negation");
    FLAG_PAIR("NO H/O CHEST PAIN.", "History of chest pain.", "negation");
    FLAG_PAIR("C/O VOMITING.", "There was no vomiting.", "negation");
    FLAG_PAIR("NO STRIDOR, NO HYPOTENSION.", "There was no stridor and hypotension.", "negation");
}

static void laterality(void) {
    OK_PAIR("LT KNEE SWELLING. B/L PEDAL EDEMA.", "Swelling of the left knee. Bilateral pedal edema.");
    OK_PAIR("PAIN (R) HIP.", "Pain in the right hip.");
    OK_PAIR("L SIDED WEAKNESS. MRI: R MCA INFARCT. O2 2 L.", "Left-sided weakness. MRI showed a right MCA infarct. Oxygen 2 L.");
    OK_PAIR("DISC PROLAPSE COMPRESSING L L5 NERVE ROOT.", "Disc prolapse compressing the left L5 nerve root.");
    OK_PAIR("VA RE 6/9, LE 6/6. CMC E/D QID BE. DOLO CAN BE REPEATED.",
            "Visual acuity 6/9 in the right eye and 6/6 in the left eye. CMC eye drops four times daily in both eyes. "
            "Dolo can be repeated.");
    FLAG_PAIR("CONGESTION RE.", "Congestion in the left eye.", "laterality");
    OK_PAIR("RT HEMIPARESIS. DISCHARGED ON RT FEEDS.", "Right hemiparesis. Discharged on Ryles tube feeds.");
    OK_PAIR("PAIN RIF.", "Pain in the right iliac fossa.");
    OK_PAIR("B/L TONSILS ENLARGED.", "Both tonsils were enlarged.");
    OK_PAIR("ON CHEMORADIATION. CONTINUE RT.", "On chemoradiation. Radiotherapy continues.");
    OK_PAIR("PT LAMA.", "The patient left against medical advice.");
    FLAG_PAIR("LT KNEE SWELLING.", "Swelling of the right knee.", "laterality");
    FLAG_PAIR("B/L PEDAL EDEMA.", "Left pedal edema.", "laterality");
    FLAG_PAIR("FRACTURE LT RADIUS, ABRASION RT KNEE.", "Fracture of the right radius and abrasion of the left knee.",
              "laterality");
}

static void meds(void) {
    OK_PAIR("TAB PAN 40 MG OD, INJ TT 0.5 ML IM.", "Tablet Pan 40 mg once daily and injection tetanus toxoid 0.5 mL intramuscularly.");
    OK_PAIR("TAB AMLODIPIN 5 MG OD.", "Tablet amlodipine 5 mg once daily.");
    OK_PAIR("PULSE METHYLPRED 500 MG IV OD.", "Pulse methylprednisolone 500 mg intravenously once daily.");
    FLAG_PAIR("TAB PAN 40 MG OD, TAB DOLO 650 MG BD.", "Tablet Pan 40 mg once daily and tablet 650 mg twice daily.", "medication");
    FLAG_PAIR("TAB PAN 40 MG OD.", "Tablet Pan 40 mg once daily. The patient was also started on metformin.", "medication");
    FLAG_PAIR("TAB PAN 40 MG OD.", "Tablet Pan 40 mg once daily. Tablet Zyloric was added.", "medication");
}

static void forms(void) {
    OK_PAIR("INJ INSULIN 10 U SC.", "Injection insulin 10 units subcutaneously.");
    OK_PAIR("HB 10.0 GM/DL.", "Hemoglobin 10.0 g/dL.");
    FLAG_PAIR("INJ INSULIN 10 UNITS SC.", "Injection insulin 10 U subcutaneously.", "do_not_use");
    FLAG_PAIR("TAB PAN 40 MG OD.", "Tablet Pan 40 mg QD.", "do_not_use");
    FLAG_PAIR("TAB WARFARIN 5 MG OD.", "Tablet warfarin 5.0 mg once daily.", "do_not_use");
    FLAG_PAIR("TAB COLCHICINE 0.5 MG BD.", "Tablet colchicine .5 mg twice daily.", "do_not_use");
    FLAG_PAIR("INJ MGSO4 2 G IV.", "Injection MgSO4 2 g intravenously.", "do_not_use");
    OK_PAIR("NAME: *** [**4521**] ___", "Name: ***. Number [**4521**]. ___");
    FLAG_PAIR("NAME: *** [**4521**]", "Name: redacted. Number [**4521**].", "placeholder");
    FLAG_PAIR("NAME: ***", "Name: [**Jane**].", "placeholder");
}

static void shape(void) {
    const char *src = "C/O FEVER X 3 DAYS. NO VOMITING. TAB DOLO 650 MG BD X 5 DAYS. REVIEW AFTER 1 WEEK.";
    const char *out = "Fever for 3 days. There was no vomiting. Tablet Dolo 650 mg twice daily for 5 days. Review after 1 week.";
    OK_PAIR(src, out);
    bool has;
    CHECK(verdict(src, out, "length", "truncation", &has) == CC_GUARD_REVIEW && has);
    FLAG_PAIR(src, "Fever for 3 days. There was no vomiting. Tablet Dolo 650 mg twice daily for", "truncation");
    FLAG_PAIR(src, "", "truncation");
    /* a clean cut at a sentence end still loses the last statement */
    FLAG_PAIR("C/O FEVER X 3 DAYS. NO VOMITING. ADVISED PHYSIOTHERAPY AND REGULAR EXERCISE.",
              "Fever for 3 days. There was no vomiting.", "truncation");
    OK_PAIR("AFEBRILE. TOLERATING ORALLY. BREAST FEEDING WELL. C/O COUGH X 2 DAYS.",
            "Afebrile, oral intake tolerated and breastfeeding well. Cough for 2 days.");
    OK_PAIR("C/O COUGH X 10 DAYS. TAB AZITHROMYCIN 500 MG OD X 3 DAYS.",
            "- Complaints: cough for 10 days\n- Treatment: azithromycin 500 mg tablet once a day for 3 days");
    FLAG_PAIR(src, "Fever for 3 days. There was no vomiting the the the the the.", "repetition");
    FLAG_PAIR(src,
              "Fever for 3 days. There was no vomiting. Tablet Dolo 650 mg twice daily for 5 days. Review after 1 week. "
              "Review after 1 week. Review after 1 week.",
              "repetition");
}

static void spans_and_json(void) {
    const char *src = "LT KNEE SWELLING. TAB DOLO 650 MG BD.";
    const char *out = "Swelling of the right knee. Tablet Dolo 600 mg twice daily.";
    cc_guard_result r, back;
    cc_error err = {0};
    CHECK(cc_guard_check(src, strlen(src), out, strlen(out), "eos", &r, &err) == CC_OK);
    CHECK(r.verdict == CC_GUARD_REVIEW && r.n_reasons >= 2);
    bool lat = false, num = false;
    for (size_t i = 0; i < r.n_reasons; i++) {
        const cc_guard_reason *x = &r.reasons[i];
        if (strcmp(x->check, "laterality") == 0) {
            lat = x->src_start >= 0 && strncmp(src + x->src_start, "LT", 2) == 0 && x->out_start >= 0 &&
                  strncmp(out + x->out_start, "right", 5) == 0;
        }
        if (strcmp(x->check, "numbers") == 0)
            num = x->src_start >= 0 && strncmp(src + x->src_start, "650", 3) == 0 && strncmp(out + x->out_start, "600", 3) == 0;
    }
    CHECKF(lat, "laterality span points at LT / right");
    CHECKF(num, "numbers span points at 650 / 600");
    char *js = cc_guard_reasons_json(&r);
    CHECK(js != NULL && js[0] == '[');
    CHECK(js && strstr(js, "\"check\":\"laterality\"") != NULL);
    CHECK(js && cc_guard_reasons_parse(js, strlen(js), &back, &err) == CC_OK);
    CHECK(back.n_reasons == r.n_reasons && back.verdict == CC_GUARD_REVIEW);
    for (size_t i = 0; i < back.n_reasons && i < r.n_reasons; i++) {
        CHECK(strcmp(back.reasons[i].check, r.reasons[i].check) == 0);
        CHECK(strcmp(back.reasons[i].detail, r.reasons[i].detail) == 0);
        CHECK(back.reasons[i].src_start == r.reasons[i].src_start && back.reasons[i].out_end == r.reasons[i].out_end);
    }
    cc_guard_result_free(&back);
    free(js);
    cc_guard_result_free(&r);
    /* an ok result serialises to [] and bad JSON is refused with a message */
    CHECK(cc_guard_check("TAB PAN 40 MG OD.", 17, "Tablet Pan 40 mg once daily.", 28, NULL, &r, &err) == CC_OK);
    js = cc_guard_reasons_json(&r);
    CHECK(js && strcmp(js, "[]") == 0);
    free(js);
    cc_guard_result_free(&r);
    CHECK(cc_guard_reasons_parse("{\"check\":1}", 11, &back, &err) == CC_ERR_FORMAT && strstr(err.msg, "array"));
    CHECK(cc_guard_reasons_parse("[1,", 3, &back, &err) == CC_ERR_FORMAT && strstr(err.msg, "byte"));
}

/* Rules added after the blind sets (docs/GUARD.md, "Blind sets"): each accepts a
 * faithful paraphrase and still flags the error next to it. */
static void blind_set_rules(void) {
    /* numbers */
    OK_PAIR("SYP CALPOL 5 ML TDS (15 MG/KG/DOSE).", "Calpol syrup 5 ml three times a day (15 mg/kg per dose).");
    OK_PAIR("SYP AMOXYCILLIN 125 MG/5 ML - 4 ML TDS.", "Amoxycillin syrup (125 mg/5 ml): 4 ml three times a day.");
    FLAG_PAIR("SYP AMOXYCILLIN 125 MG/5 ML - 4 ML TDS.", "Amoxycillin syrup (125 mg/6 ml): 4 ml three times a day.", "numbers");
    OK_PAIR("G2P1L1 AT 32 WKS.", "Second gravida with one living child, at 32 weeks.");
    OK_PAIR("PACKAGE OF CARE 2X/DAY.", "Package of care twice a day.");
    OK_PAIR("NO ADMISSIONS IN PAST 1 YR.", "No admissions in the past year.");
    OK_PAIR("CAP OMEZ 20 MG BD X 14 DAYS. TAB CLARI 500 MG BD X 14 DAYS.",
            "For 14 days, twice daily: Omez 20 mg capsule and Clari 500 mg tablet.");
    OK_PAIR("INJ ACTRAPID 8-8-8 UNITS SC BEFORE MEALS.", "Actrapid 8 units subcutaneously before each meal.");
    OK_PAIR("IVF NS @ 100 ML/HR.", "Normal saline infusion at 100 ml per hour.");
    FLAG_PAIR("INJ AMPICILLIN 50 MG/KG IV Q6H.", "Ampicillin 50 mg/kg intravenously every hours.", "numbers");
    FLAG_PAIR("PREDNISOLONE 60 MG, REDUCE BY 10 MG WEEKLY TILL 10 MG.",
              "Prednisolone 60 mg, reduce by 10 mg each week until stopped.", "numbers");
    /* negation */
    OK_PAIR("P/A SOFT, NON TENDER. NIV GIVEN, WEANED OFF.", "Abdomen soft and non-tender. Non-invasive ventilation given, then weaned off.");
    OK_PAIR("DM - NOT KNOWN.", "No known diabetes.");
    FLAG_PAIR("DM - NOT KNOWN.", "Known diabetes.", "negation");
    OK_PAIR("TAB ALPRAX 0.25 MG HS IF NO SLEEP.", "Alprax 0.25 mg at bedtime if unable to sleep.");
    OK_PAIR("SEIZURE FREE DURING STAY.", "There were no seizures during the stay.");
    FLAG_PAIR("SEIZURE FREE DURING STAY.", "There were seizures during the stay.", "negation");
    OK_PAIR("RBS <150 - NIL. INJ INSULIN 4 UNITS.", "Random blood sugar below 150: no insulin. Insulin 4 units.");
    FLAG_PAIR("HIV 1&2 NEGATIVE.", "HIV 1 and 2 positive.", "negation");
    OK_PAIR("SPUTUM C/S - NO GROWTH. BLOOD C/S NEGATIVE.",
            "Sputum culture and sensitivity showed no growth, and blood culture and sensitivity was negative.");
    FLAG_PAIR("SPUTUM C/S - NO GROWTH. BLOOD C/S NEGATIVE.",
              "Sputum culture and sensitivity showed growth and blood culture and sensitivity was negative.", "negation");
    OK_PAIR("SLR LT 40 DEG, RT NEGATIVE.", "Straight leg raising positive at 40 degrees on the left and negative on the right.");
    FLAG_PAIR("SLR LT 40 DEG, RT NEGATIVE.", "Straight leg raising positive at 40 degrees on the left and positive on the right.",
              "negation");
    OK_PAIR("NO FAMILY H/O SIMILAR COMPLAINTS.", "No one in the family has had similar complaints.");
    FLAG_PAIR("NO HAEMATEMESIS, NO MALENA.", "There was no haematemesis and melaena.", "negation");
    /* laterality and the bilirubins */
    OK_PAIR("T.BIL 3.4, D.BIL 2.1.", "Total bilirubin 3.4, direct bilirubin 2.1.");
    OK_PAIR("VISION RE 6/9, LE 6/24. LE - CATARACT. PLANNED FOR LE PHACO.",
            "Vision: right eye 6/9, left eye 6/24. The left eye has a cataract and is planned for phaco.");
    FLAG_PAIR("VISION RE 6/9, LE 6/24. LE - CATARACT. PLANNED FOR LE PHACO.",
              "Vision: left eye 6/9, left eye 6/24. The left eye has a cataract and is planned for phaco.", "laterality");
    OK_PAIR("POWER 3/5 LUL AND LLL.", "Power 3/5 in the left upper and lower limbs.");
    FLAG_PAIR("PT LEFT AGAINST MEDICAL ADVICE.", "The patient right against medical advice.", "laterality");
    /* truncation */
    OK_PAIR("INR 3.8. TARGET 2-3.", "INR was 3.8, aiming for 2-3.");
    OK_PAIR("TAB CARBAMAZEPINE 200 MG BD. DO NOT STOP ABRUPTLY.", "Carbamazepine 200 mg twice a day. It must not be stopped suddenly.");
    FLAG_PAIR("ALLERGIC TO PENICILLIN (RASH). NO OTHER KNOWN ALLERGIES.", "Allergic to penicillin (rash); no other", "truncation");
    FLAG_PAIR("LANTUS 14 UNITS SC HS\nNOVORAPID 6 UNITS SC TDS BEFORE MEALS",
              "Lantus 14 units subcutaneously at bedtime, and NovoRapid 6 units subcutaneously", "truncation");
}

static void on_flag(void) {
    cc_on_flag f;
    cc_error err = {0};
    CHECK(cc_on_flag_parse("keep", &f, &err) == CC_OK && f == CC_ON_FLAG_KEEP);
    CHECK(cc_on_flag_parse("null", &f, &err) == CC_OK && f == CC_ON_FLAG_NULL);
    CHECK(cc_on_flag_parse("drop", &f, &err) == CC_ERR_INVALID && strstr(err.msg, "keep or null"));
    cc_guard_result r;
    CHECK(cc_guard_check("TAB PAN 40 MG OD.", 17, "Tablet Pan 40 mg once daily.", 28, "eos", &r, &err) == CC_OK);
    CHECK(strcmp(cc_guard_status(&r), "ok") == 0 && cc_guard_write_output(&r, CC_ON_FLAG_NULL));
    cc_guard_result_free(&r);
    CHECK(cc_guard_check("TAB PAN 40 MG OD.", 17, "Tablet Pan 20 mg once daily.", 28, "eos", &r, &err) == CC_OK);
    CHECK(strcmp(cc_guard_status(&r), "needs_review") == 0);
    CHECK(cc_guard_write_output(&r, CC_ON_FLAG_KEEP) && !cc_guard_write_output(&r, CC_ON_FLAG_NULL));
    cc_guard_result_free(&r);
}

/* Rules added for the third blind set (docs/GUARD.md, "Third blind set"): specialty
 * notation read as a clinician reads it, and the error next to each still flagged. */
static void blind3_rules(void) {
    /* OD is the right eye in an eye note that also writes OS / IOP */
    const char *eye = "VA OD 6/9 OS 6/36. IOP OD 16 OS 28 MMHG. START TIMOLOL 0.5% OS BD.";
    OK_PAIR(eye, "Visual acuity right eye 6/9, left eye 6/36. Intraocular pressure right eye 16 mmHg, left eye 28 mmHg. "
                 "Start timolol 0.5% in the left eye twice daily.");
    FLAG_PAIR(eye, "Visual acuity right eye 6/9, left eye 6/36. Intraocular pressure right eye 16 mmHg, left eye 28 mmHg. "
                   "Start timolol 0.5% in the right eye twice daily.", "laterality");
    /* ... OS in an obstetric note is the cervical os, not an eye */
    OK_PAIR("P/V: OS CLOSED. T IRON OD.", "Per vaginum: the cervical os was closed. Iron tablet once daily.");
    /* ... but OD in a drug chart is still once daily */
    FLAG_PAIR("TAB AMLODIPINE 5 MG OD.", "Amlodipine 5 mg tablet in the right eye.", "frequency");
    /* an obstetric formula written out: every count must arrive, A0 is "no abortions" */
    const char *gpla = "G3P2L2A0 AT 36 WKS.";
    OK_PAIR(gpla, "Gravida 3, para 2, 2 living children, no abortions, at 36 weeks.");
    FLAG_PAIR(gpla, "Gravida 3, para 3, 2 living children, no abortions, at 36 weeks.", "numbers");
    FLAG_PAIR(gpla, "Gravida 3, para 2, 2 living children, abortions, at 36 weeks.", "negation");
    /* allergy and abbreviation expansions */
    OK_PAIR("ALLERGIC TO SULFA. NKDA OTHERWISE.", "Allergic to sulfa; no other known drug allergies.");
    FLAG_PAIR("ALLERGIC TO SULFA. NKDA OTHERWISE.", "Allergic to sulfa; other known drug allergies.", "negation");
    OK_PAIR("INJ PIP-TAZ 4.5 G Q6H. T MMF 500 MG BD.",
            "Piperacillin-tazobactam injection 4.5 g every 6 hours. Mycophenolate mofetil 500 mg twice daily.");
    OK_PAIR("ON SIMV VT 450 RR 14.", "On SIMV with tidal volume 450 and rate 14.");
    FLAG_PAIR("ON SIMV VT 450 RR 14.", "On SIMV with no tidal volume 450 and rate 14.", "negation");
    OK_PAIR("PACLITAXEL 175 MG/M2 D1 Q3W.", "Paclitaxel 175 mg/m2 on day 1 every 3 weeks.");
    FLAG_PAIR("PACLITAXEL 175 MG/M2 D1 Q3W.", "Paclitaxel 175 mg/m2 on day 1 every weeks.", "numbers");
    /* a worded threshold ends a post-negation's reach, as < does */
    OK_PAIR("SLIDING SCALE: RBS <150 NIL, 151-200 4 U.", "Sliding scale: blood sugar below 150 none, 151 to 200 4 units.");
    /* hormone receptors are markers, not drugs */
    OK_PAIR("ER/PR +VE, HER2 -VE.", "Oestrogen and progesterone receptor positive, HER2 negative.");
    FLAG_PAIR("ER/PR +VE.", "Oestrogen and progesterone receptor positive; progesterone 10 mg daily.", "medication");
    /* list item numbers label lines; the doses are still checked */
    const char *list = "1. TAB FUROSEMIDE 40 MG 1-0-0\n2. TAB SPIRONOLACTONE 25 MG 1-0-0";
    OK_PAIR(list, "Furosemide tablets 40 mg in the morning and spironolactone tablets 25 mg in the morning.");
    FLAG_PAIR(list, "Furosemide tablets 40 mg in the morning and spironolactone tablets 50 mg in the morning.", "numbers");
}

/* guard-4: the causes of the third blind round's false positives and misses, and the
 * paraphrases a rewriting model is likely to produce, each accepted while the error next to
 * it is still flagged. */
static void guard4_rules(void) {
    /* UK week / month / day notation after any duration word, with its number kept */
    OK_PAIR("START RAMIPRIL 5 MG OD. REVIEW 2/52.", "Start ramipril 5 mg once daily. Review in 2 weeks.");
    OK_PAIR("COUGH 3/12 HISTORY.", "Cough for three months.");
    FLAG_PAIR("START RAMIPRIL 5 MG OD. REVIEW 2/52.", "Start ramipril 5 mg once daily. Review in 3 weeks.", "numbers");
    /* ... but a Snellen acuity is not a duration */
    OK_PAIR("VA 6/12 IN RE.", "Visual acuity 6/12 in the right eye.");
    /* per-interval words say the "1" of 1 HRLY, "a minute" the 1 of 1 MIN, "fortnightly" 2 weekly */
    OK_PAIR("NEURO OBS 1 HRLY.", "Hourly neurological observations.");
    OK_PAIR("VERTIGO LASTING < 1 MIN.", "Vertigo lasting less than a minute.");
    OK_PAIR("NEURO OBS 2 HRLY.", "Neurological observations every two hours.");
    OK_PAIR("INR CHECK 2 WEEKLY.", "INR check fortnightly.");
    FLAG_PAIR("NEURO OBS 2 HRLY.", "Neurological observations hourly.", "numbers");
    FLAG_PAIR("FEVER X 1 DAY. TAB PCM 500 MG OD.", "Paracetamol 500 mg tablet daily.", "numbers");
    /* comma-separated day lists and cycle/day codes */
    const char *chemo = "C1D1 CISPLATIN 25 MG/M2 D1,D8 Q21D.";
    OK_PAIR(chemo, "Cycle 1 day 1 of cisplatin 25 mg/m2 on days 1 and 8 every 21 days.");
    FLAG_PAIR(chemo, "Cycle 1 day 1 of cisplatin 25 mg/m2 on days 1 and every 21 days.", "numbers");
    /* an in-word number dropped where its letter is spelled out */
    FLAG_PAIR("NEONATE D2 OF LIFE. REVIEW D5.", "Neonate on day 2 of life. Review on day.", "numbers");
    FLAG_PAIR("FOLLOW UP FOR C4 ON 15/07/24.", "Follow-up for cycle on 15/07/24.", "numbers");
    OK_PAIR("VIT D3 60000 IU WEEKLY X 8.", "Vitamin D3 60000 international units once a week for 8 weeks, once a day never.");
    /* an insulin schedule of unequal doses says each dose */
    FLAG_PAIR("INJ ACTRAPID 8-8-6 UNITS.", "Actrapid injection before breakfast, 8 units before lunch and 6 units before dinner.",
              "numbers");
    OK_PAIR("INJ ACTRAPID 8-8-8 UNITS.", "Actrapid injection 8 units before each meal.");
    /* STAT in words */
    OK_PAIR("T IVERMECTIN 12 MG STAT. REPEAT AFTER 1 WK.", "Ivermectin tablets 12 mg as a single dose now. Repeat after 1 week.");
    OK_PAIR("INJ CEFTRIAXONE 1 G IV STAT.", "Ceftriaxone injection 1 g intravenously once now.");
    FLAG_PAIR("T IVERMECTIN 12 MG STAT. REPEAT AFTER 1 WK.", "Ivermectin tablets 12 mg as a single dose now. Repeat after.",
              "numbers");
    FLAG_PAIR("INJ CEFTRIAXONE 1 G IV STAT.", "Ceftriaxone injection 1 g intravenously twice daily.", "frequency");
    /* abbreviations: NORAD, Pinsp, TLS */
    OK_PAIR("NORAD 0.2 MCG/KG/MIN.", "Noradrenaline 0.2 micrograms/kg/min.");
    FLAG_PAIR("PC MODE, PINSP 18, PEEP 8.", "Pressure control mode with no inspiratory pressure 18, PEEP 8.", "negation");
    FLAG_PAIR("HIGH RISK OF TLS. START RASBURICASE.", "High risk of no tumour lysis syndrome. Start rasburicase.", "negation");
    /* drug-class adjectives are not drugs */
    OK_PAIR("IV COLISTIN FOR CRE KLEBSIELLA.", "Intravenous colistin for carbapenem-resistant Klebsiella.");
    OK_PAIR("STEROID INDUCED HYPERGLYCAEMIA.", "Hyperglycaemia induced by steroids, steroid-induced.");
    FLAG_PAIR("IV COLISTIN FOR CRE KLEBSIELLA.", "Intravenous colistin and meropenem for carbapenem-resistant Klebsiella.",
              "medication");
    /* "left" as a direction is a side; "left for" after a subject is still the verb */
    OK_PAIR("DIPLOPIA ON LOOKING TO LEFT X 3 DAYS.", "Diplopia on looking to the left for 3 days.");
    FLAG_PAIR("DIPLOPIA ON LOOKING TO LEFT X 3 DAYS.", "Diplopia on looking to the right for 3 days.", "laterality");
    /* a form word in a non-drug phrase; a full form word's period ends its sentence */
    OK_PAIR("T CAFFEINE + PARACETAMOL. BLOOD PATCH IF NOT SETTLED.",
            "Caffeine with paracetamol tablets. Epidural blood patch if it has not settled.");
    FLAG_PAIR("T CAFFEINE + PARACETAMOL.", "Caffeine with paracetamol tablets. Tablet ibuprofen.", "medication");
    FLAG_PAIR("NICOTINE PATCH 14 MG DAILY.", "14 mg daily.", "medication");
    /* half a tablet, lakh, unit conversion */
    OK_PAIR("TAB DOLO 650 MG 1/2 TAB BD.", "Dolo 650 mg, half a tablet twice daily.");
    FLAG_PAIR("TAB DOLO 650 MG 1/2 TAB BD.", "Dolo 650 mg, one tablet twice daily.", "numbers");
    OK_PAIR("PLT 1.4L.", "Platelets 1.4 lakh.");
    OK_PAIR("PLT 1.4 L.", "Platelets 1,40,000.");
    OK_PAIR("PLATELETS 1.4 LAKH.", "Platelets 140000.");
    FLAG_PAIR("PLATELETS 1.4 LAKH.", "Platelets 14000.", "numbers");
    OK_PAIR("IV FLUIDS 1.5 L.", "Intravenous fluids 1500 ml.");
    OK_PAIR("BIRTH WEIGHT 2.5 KG.", "Birth weight 2500 g.");
    FLAG_PAIR("BIRTH WEIGHT 2.5 KG.", "Birth weight 2500 mg.", "numbers");
    /* paraphrases a model produces that already pass, kept as regressions */
    OK_PAIR("TAB DOLO 650 MG BD X 5 DAYS.", "Dolo 650 mg tablet every 12 hours for five days.");
    OK_PAIR("TAB PAN 40 MG OD. TAB ALPRAX 0.25 MG HS. TAB DOLO 650 SOS.",
            "Pan 40 mg tablet once a day, Alprax 0.25 mg tablet at bedtime and Dolo 650 tablet when required.");
    OK_PAIR("TAB METFORMIN 500 MG 1-0-1.", "Metformin 500 mg tablet morning and night.");
    OK_PAIR("C/O FEVER X 15 DAYS. H/O FALL.", "Complains of fever for fifteen days. History of a fall.");
    /* a fortnight is two weeks; "hourly" alone is a frequency */
    OK_PAIR("C/O PAIN X 2 WKS.", "Complains of pain for a fortnight.");
    FLAG_PAIR("C/O PAIN X 3 WKS.", "Complains of pain for a fortnight.", "numbers");
    OK_PAIR("MOXIFLOXACIN E/D HOURLY LE.", "Moxifloxacin eye drops hourly in the left eye.");
    FLAG_PAIR("MOXIFLOXACIN E/D HOURLY LE.", "Moxifloxacin eye drops twice daily in the left eye.", "frequency");
    /* examination shorthand: a lone minus negates the finding before it */
    OK_PAIR("O/E PALLOR +, ICTERUS -, CLUBBING -.", "On examination: pallor present, no icterus, no clubbing.");
    FLAG_PAIR("O/E PALLOR +, ICTERUS -, CLUBBING -.", "On examination: pallor present, icterus, no clubbing.", "negation");
    OK_PAIR("HB - 10.2, TLC - 8000.", "Haemoglobin 10.2, total leucocyte count 8000.");
    /* a duration in another unit, a dose in teaspoons, a brand by its generic */
    OK_PAIR("ADVISED REST X 1 WEEK. REVIEW AFTER 48 HRS.", "Advised rest for seven days. Review after 2 days.");
    OK_PAIR("TAB AUGMENTIN 625 MG BD X 7 DAYS.", "Augmentin 625 mg tablet twice daily for a week.");
    FLAG_PAIR("TAB AUGMENTIN 625 MG BD X 7 DAYS.", "Augmentin 625 mg tablet twice daily for 7 weeks.", "numbers");
    OK_PAIR("SYP ASCORIL 5 ML TDS.", "Ascoril syrup one teaspoon three times a day.");
    FLAG_PAIR("SYP ASCORIL 5 ML TDS.", "Ascoril syrup one tablespoon three times a day.", "numbers");
    OK_PAIR("INJ PAN 40 MG IV BD. TAB DOLO 650 SOS.", "Pantoprazole 40 mg intravenously twice daily; paracetamol 650 when needed.");
    FLAG_PAIR("INJ PAN 40 MG IV BD.", "Omeprazole 40 mg intravenously twice daily.", "medication");
    OK_PAIR("WT 68 KG, HT 165 CM.", "Weight 68 kg, height 1.65 metres.");
    FLAG_PAIR("LACERATION 3 CM.", "Laceration 3 mm.", "numbers");
}

/* guard-5: the causes of the fourth blind round's failures and the paraphrases of the same
 * kinds a rewriting model produces.  Each accepts the faithful form and flags the error next
 * to it. */
static void guard5_rules(void) {
    /* a brand written as its generic, and the reverse; insulins by brand; combinations need
       every ingredient */
    OK_PAIR("TAB URIMAX 0.4 MG HS.", "Tamsulosin 0.4 mg at bedtime.");
    OK_PAIR("TAB TAMSULOSIN 0.4 MG HS.", "Urimax 0.4 mg at bedtime.");
    FLAG_PAIR("TAB URIMAX 0.4 MG HS.", "Silodosin 0.4 mg at bedtime.", "medication");
    OK_PAIR("INJ BETNESOL 12 MG IM.", "Injection betamethasone 12 mg intramuscularly.");
    OK_PAIR("TAB FOLITRAX 15 MG ONCE A WEEK, TAB HCQS 200 MG BD.",
            "Methotrexate 15 mg once a week and hydroxychloroquine 200 mg twice daily.");
    FLAG_PAIR("TAB FOLITRAX 15 MG ONCE A WEEK.", "Methotrexate 15 mg once daily.", "frequency");
    OK_PAIR("INJ ACTRAPID INFUSION 0.1 U/KG/HR.", "Actrapid insulin infusion at 0.1 units/kg/hour.");
    OK_PAIR("INJ LANTUS 12 U SC HS.", "Insulin glargine 12 units subcutaneously at bedtime.");
    FLAG_PAIR("INJ LANTUS 12 U SC HS.", "Insulin 12 units subcutaneously at bedtime.", "medication");
    OK_PAIR("INJ HUMAN ACTRAPID 8 U TDS. INJ LANTUS 18 U HS.",
            "Human Actrapid 8 units three times daily before meals, and Lantus 18 units at bedtime.");
    FLAG_PAIR("INJ HUMAN ACTRAPID 8 U TDS. INJ LANTUS 18 U HS.",
              "Human Actrapid 8 units at bedtime, and Lantus 18 units three times daily.", "frequency");
    OK_PAIR("TAB AUGMENTIN 625 MG BD.", "Amoxicillin-clavulanic acid 625 mg twice daily.");
    FLAG_PAIR("TAB AUGMENTIN 625 MG BD.", "Amoxicillin 625 mg twice daily.", "medication");
    OK_PAIR("INJ MSO4 2.5 MG SC 4 HRLY PRN.", "Injection morphine sulfate 2.5 mg subcutaneously every 4 hours as needed.");
    FLAG_PAIR("INJ MSO4 2.5 MG SC 4 HRLY PRN.", "Injection midazolam 2.5 mg subcutaneously every 4 hours as needed.", "medication");
    /* the same drug named again elsewhere in the output */
    FLAG_PAIR("INJ LASIX 40 MG IV BD.", "Injection Lasix 40 mg intravenously twice daily. He was also started on furosemide.",
              "medication");
    OK_PAIR("INJ LASIX 40 MG IV BD.", "Injection Lasix (furosemide) 40 mg intravenously twice daily.");
    OK_PAIR("TAB JANUMET 50/500 BD.", "Janumet (sitagliptin 50 mg and metformin 500 mg) twice daily.");
    OK_PAIR("TAB GLYCOMET 500 MG BD.", "Glycomet (metformin hydrochloride, a biguanide) 500 mg twice daily.");
    FLAG_PAIR("TAB GLYCOMET 500 MG BD.", "Glycomet (metformin) 500 mg twice daily. Metformin was also started.", "medication");
    /* a brand the source names after TAB bounds the clause of the drug before it in prose */
    OK_PAIR("SYP DUPHALAC 20 ML HS, TAB RIFAGUT 550 MG BD.", "Duphalac syrup 20 mL at bedtime, and Rifagut 550 mg twice daily.");
    OK_PAIR("CAP MOX 500 MG TDS, TAB KETOROL DT 1 TAB SOS.", "Mox 500 mg three times daily and Ketorol DT 1 tablet as needed.");
    FLAG_PAIR("CAP MOX 500 MG TDS, TAB KETOROL DT 1 TAB SOS.", "Mox 500 mg as needed and Ketorol DT 1 tablet three times daily.",
              "frequency");
    /* STAT (or another frequency) said once for a list of drugs, after it or before it */
    const char *stat = "TAB ECOSPRIN 325 MG STAT, TAB CLOPILET 300 MG STAT, TAB ATORVA 80 MG STAT.";
    OK_PAIR(stat, "He was given Ecosprin 325 mg, Clopilet 300 mg and Atorva 80 mg tablets immediately.");
    OK_PAIR(stat, "Stat doses of Ecosprin 325 mg, Clopilet 300 mg and Atorva 80 mg were given.");
    OK_PAIR(stat, "Given at once: Ecosprin 325 mg, Clopilet 300 mg and Atorva 80 mg.");
    FLAG_PAIR(stat, "He was given Ecosprin 325 mg, Clopilet 300 mg and Atorva 80 mg tablets once daily.", "frequency");
    FLAG_PAIR("TAB PCM 650 MG SOS, TAB PAN 40 MG OD.", "Paracetamol 650 mg, and Pan 40 mg once daily.", "frequency");
    OK_PAIR("TAB PCM 650 MG SOS.", "Paracetamol 650 mg on an as-needed basis.");
    OK_PAIR("TAB PCM 650 MG SOS.", "Paracetamol 650 mg whenever required.");
    /* a strength written MG/5ML gives its 5 mL */
    OK_PAIR("SYP CALPOL 120MG/5ML 5ML Q6H SOS.", "Calpol syrup (120 mg/5 mL) 5 mL every 6 hours as needed.");
    FLAG_PAIR("SYP CALPOL 120MG/5ML 5ML Q6H SOS.", "Calpol syrup (120 mg/5 mL) 10 mL every 6 hours as needed.", "numbers");
    FLAG_PAIR("SYP CALPOL 250MG/5ML 5ML TDS.", "Calpol syrup (250 mg/10 mL) 5 mL three times daily.", "numbers");
    /* 1/2 HR is half an hour */
    OK_PAIR("TAB THYRONORM 50 MCG OD (1/2 HR BEFORE BREAKFAST).", "Thyronorm 50 mcg once daily, half an hour before breakfast.");
    FLAG_PAIR("TAB THYRONORM 50 MCG OD (1/2 HR BEFORE BREAKFAST).", "Thyronorm 50 mcg once daily, 2 hours before breakfast.",
              "numbers");
    /* RV before a follow-up interval is review; RIF before resistance is rifampicin */
    OK_PAIR("TAB METFORMIN 500 MG BD. RV 3/12 WITH HBA1C.", "Metformin 500 mg twice daily. Review in 3 months with HbA1c.");
    FLAG_PAIR("TAB METFORMIN 500 MG BD. RV 3/12 WITH HBA1C.", "Metformin 500 mg twice daily. Review in 6 months with HbA1c.",
              "numbers");
    OK_PAIR("RV DILATED.", "The right ventricle is dilated.");
    FLAG_PAIR("RV DILATED.", "The left ventricle is dilated.", "laterality");
    OK_PAIR("CBNAAT: MTB DETECTED, RIF RESISTANCE NOT DETECTED.",
            "CBNAAT detected Mycobacterium tuberculosis; rifampicin resistance was not detected.");
    FLAG_PAIR("CBNAAT: MTB DETECTED, RIF RESISTANCE NOT DETECTED.",
              "CBNAAT detected Mycobacterium tuberculosis; rifampicin resistance was detected.", "negation");
    FLAG_PAIR("PAIN RIF X 2 DAYS.", "Pain in the left iliac fossa for 2 days.", "laterality");
    /* negation scopes that must not reach a neighbouring statement */
    OK_PAIR("NO CYANOSIS, NO CONVULSIONS, ABLE TO DRINK.", "No cyanosis and no convulsions; he is able to drink.");
    FLAG_PAIR("NO CYANOSIS, NO CONVULSIONS, ABLE TO DRINK.", "Cyanosis and no convulsions; he is able to drink.", "negation");
    OK_PAIR("NO PERINEAL TEAR, PLACENTA COMPLETE.", "No perineal tear; the placenta is complete.");
    FLAG_PAIR("NO PERINEAL TEAR, PLACENTA COMPLETE.", "No perineal tear; the placenta is not complete.", "negation");
    OK_PAIR("AVOID STRAINING, HEAVY LIFTING X 6 WKS.", "Avoid straining and heavy lifting for 6 weeks.");
    FLAG_PAIR("AVOID STRAINING, HEAVY LIFTING X 6 WKS.", "Avoid straining; heavy lifting for 6 weeks.", "negation");
    FLAG_PAIR("PATIENT UNABLE TO DRINK.", "The patient is able to drink.", "negation");
    /* an instruction's negation said after its object */
    OK_PAIR("DO NOT STOP ASPIRIN.", "Aspirin should not be stopped.");
    OK_PAIR("DO NOT GIVE NSAIDS.", "NSAIDs must not be given.");
    FLAG_PAIR("DO NOT STOP ASPIRIN.", "Aspirin should be stopped.", "negation");
    OK_PAIR("DNR DISCUSSED AND SIGNED.", "Do-not-resuscitate status was discussed and the form signed.");
    FLAG_PAIR("DNR DISCUSSED AND SIGNED.", "Do-resuscitate status was discussed and the form signed.", "negation");
    /* abbreviations whose expansion holds the finding */
    OK_PAIR("DISTAL PULSES WELL FELT, NO DNVD.", "Distal pulses are well felt and there is no distal neurovascular deficit.");
    FLAG_PAIR("DISTAL PULSES WELL FELT, NO DNVD.", "Distal pulses are well felt and there is distal neurovascular deficit.",
              "negation");
    OK_PAIR("ADV: NWB LT LL X 6 WKS.", "Advice: non-weight-bearing on the left lower limb for 6 weeks.");
    OK_PAIR("ADV: NWB LT LL X 6 WKS.", "Advice: no weight bearing on the left lower limb for 6 weeks.");
    FLAG_PAIR("ADV: NWB LT LL X 6 WKS.", "Advice: weight bearing on the left lower limb for 6 weeks.", "negation");
    FLAG_PAIR("UPT -VE.", "Urine pregnancy test is positive.", "negation");
    FLAG_PAIR("K/C/O COPD, ADMITTED WITH AECOPD.",
              "Known case of no COPD, admitted with an acute exacerbation of COPD.", "negation");
    FLAG_PAIR("NO LOC, NO ENT BLEED. MANAGED WITH IMF X 2 WKS.",
              "There was no loss of consciousness and no ear, nose or throat bleeding. Managed with no intermaxillary fixation for 2 weeks.",
              "negation");
}

/* guard-6: general mechanisms, each with the faithful form accepted and the error beside it
 * still flagged. */
static void guard6_rules(void) {
    /* demographics: age and sex, not degrees Fahrenheit; a plausible temperature stays one */
    OK_PAIR("56F, SEPTIC SHOCK.", "A 56-year-old woman with septic shock.");
    OK_PAIR("EMERGENCY: 70 F C/O CHEST PAIN.", "Emergency: a 70-year-old woman with chest pain.");
    FLAG_PAIR("56F, SEPTIC SHOCK.", "A 65-year-old woman with septic shock.", "numbers");
    FLAG_PAIR("TEMP 101 F.", "Temperature 101 degrees Celsius.", "numbers");
    OK_PAIR("TEMP 101 F.", "Temperature 101 degrees F.");
    /* a past participle after a dosage form is prose, not a drug */
    OK_PAIR("OINT MOMETASONE 0.1% BD LOCAL APPLICATION.", "Mometasone 0.1% ointment applied locally twice daily.");
    FLAG_PAIR("OINT MOMETASONE 0.1% BD.", "Mometasone 0.1% ointment and clobetasol applied twice daily.", "medication");
    /* abbreviation alignment: a prefix, initials, a contraction anchored by the same dose */
    OK_PAIR("INJ DEXA 8MG IV.", "Injection dexamethasone 8 mg intravenously.");
    FLAG_PAIR("INJ DEXA 8MG IV.", "Injection dexmedetomidine 8 mg intravenously.", "medication");
    FLAG_PAIR("INJ DEXA 8MG IV.", "Injection dexamethasone 8 mg intravenously and injection ondansetron 4 mg.", "medication");
    OK_PAIR("INJ MS 4MG IV Q4H PRN.", "Injection morphine sulfate 4 mg intravenously every 4 hours as needed.");
    FLAG_PAIR("INJ MS 4MG IV Q4H PRN.", "Injection midazolam 4 mg intravenously every 4 hours as needed.", "medication");
    OK_PAIR("ON NA 0.12 MCG/KG/MIN.", "On noradrenaline 0.12 mcg/kg/min.");
    FLAG_PAIR("ON NA 0.12 MCG/KG/MIN.", "On noradrenaline 0.2 mcg/kg/min.", "numbers");
    FLAG_PAIR("ON NA 0.12 MCG/KG/MIN.", "On adrenaline 0.12 mcg/kg/min.", "medication");
    OK_PAIR("CALAMINE LOTION LA TDS.", "Calamine lotion applied locally three times a day.");
    /* kept conservative: a three-letter prefix, a fluid volume or a phrase the lexicon knows
       does not stand for a drug */
    FLAG_PAIR("TAB MET 50MG OD.", "Tablet metoprolol 50 mg once daily.", "medication");
    OK_PAIR("TAB CTZ 10MG HS.", "Tablet cetirizine 10 mg at bedtime.");
    OK_PAIR("INJ TXA 1G IV STAT.", "Injection tranexamic acid 1 g intravenously immediately.");
    FLAG_PAIR("INJ TXA 1G IV STAT.", "Injection tramadol 1 g intravenously immediately.", "medication");
    FLAG_PAIR("INJ TXA 1G IV STAT.", "Injection tranexamic acid 500 mg intravenously immediately.", "numbers");
    FLAG_PAIR("INJ NS 500ML IV STAT.", "Injection neostigmine 500 mL intravenously immediately.", "medication");
    FLAG_PAIR("ON NA 0.12 MCG/KG/MIN.", "On nitroglycerin 0.12 mcg/kg/min.", "medication");
    /* a generic in a parenthesis right after a brand the source names explains it */
    OK_PAIR("T. NICARDIA RETARD 20MG BD.", "Tablet Nicardia Retard (nifedipine) 20 mg twice daily.");
    OK_PAIR("DAILY DRESSING WITH BETADINE AND NS.", "Daily dressing with Betadine (povidone-iodine) and normal saline.");
    FLAG_PAIR("T. NICARDIA RETARD 20MG BD.", "Tablet Nicardia Retard 20 mg twice daily and nifedipine 10 mg.", "medication");
    /* numbers in words for a count without its own digits, weekly schedules in words */
    OK_PAIR("VOMITING X3. ABD DISTENDED.", "He has vomited three times. The abdomen is distended.");
    FLAG_PAIR("VOMITING X3. ABD DISTENDED.", "He has vomited four times. The abdomen is distended.", "numbers");
    OK_PAIR("INJ EPO 4000 IU SC TWICE WEEKLY. HD THRICE WEEKLY.",
            "Injection EPO 4000 units subcutaneously twice a week. Haemodialysis three times a week.");
    FLAG_PAIR("INJ EPO 4000 IU SC TWICE WEEKLY.", "Injection EPO 4000 units subcutaneously twice daily.", "frequency");
    /* fractions in words; a code's digits as a grade; letter-digit groups kept apart */
    OK_PAIR("IV FLUIDS 2/3 MAINTENANCE.", "Intravenous fluids at two-thirds of maintenance.");
    OK_PAIR("ORIF RT DISTAL 1/3 TIBIA.", "Open reduction and internal fixation of the right distal third of the tibia.");
    FLAG_PAIR("IV FLUIDS 2/3 MAINTENANCE.", "Intravenous fluids at one-third of maintenance.", "numbers");
    OK_PAIR("SLE: RE - NS3 CATARACT.", "Slit-lamp examination: nuclear sclerosis grade 3 cataract in the right eye.");
    FLAG_PAIR("SLE: RE - NS3 CATARACT.", "Slit-lamp examination: nuclear sclerosis grade 4 cataract in the right eye.", "numbers");
    FLAG_PAIR("SLE: RE - NS3 CATARACT.", "Slit-lamp examination: nuclear sclerosis grade cataract in the right eye.", "numbers");
    /* DR in an eye note is diabetic retinopathy; "Dr. Rao" stays a title */
    OK_PAIR("VA RE 6/9. LE: CDR 0.3, NO DR.", "Visual acuity 6/9 in the right eye. Left eye: cup-to-disc ratio 0.3, no diabetic retinopathy.");
    FLAG_PAIR("VA RE 6/9. LE: CDR 0.3, NO DR.", "Visual acuity 6/9 in the right eye. Left eye: cup-to-disc ratio 0.3, with diabetic retinopathy.",
              "negation");
    OK_PAIR("C/O PAIN. SEEN BY DR. RAO.", "Complains of pain. Seen by Dr. Rao.");
    OK_PAIR("CKD STAGE IV.", "Chronic kidney disease stage 4.");
    FLAG_PAIR("CKD STAGE IV.", "Chronic kidney disease stage 3.", "numbers");
    OK_PAIR("CVS S1S2+ NO MURMUR. TMT: POSITIVE AT STAGE 2.",
            "Cardiovascular system: S1 and S2 heard, no murmur. Treadmill test: positive at stage 2.");
    FLAG_PAIR("CVS S1S2+ NO MURMUR. TMT: POSITIVE AT STAGE 2.",
              "Cardiovascular system: S1 and S2 heard, no murmur. Treadmill test: positive at stage 3.", "numbers");
    /* negation: a side right after a post-trigger ("-VE LT") is the side it is said of, like
       "negative on the left"; the auxiliaries of a passive stand between a finding and its trigger */
    OK_PAIR("TFT: RINNE -VE LT, WEBER LATERALISED TO LT.", "Tuning fork tests: Rinne negative on the left, and Weber lateralised to the left.");
    FLAG_PAIR("TFT: RINNE -VE LT, WEBER LATERALISED TO LT.", "Tuning fork tests: Rinne positive on the left, and Weber lateralised to the left.",
              "negation");
    OK_PAIR("Osteomyelitis ruled out on MRI.", "Osteomyelitis has been ruled out on MRI.");
    FLAG_PAIR("Osteomyelitis ruled out on MRI.", "Osteomyelitis has been confirmed on MRI.", "negation");
    /* a verb of the patient's own after "and" starts a new statement; ", with" answers "without" */
    OK_PAIR("DENIES SMOKING. ALCOHOL +.", "He denies smoking and drinks alcohol.");
    FLAG_PAIR("DENIES SMOKING. ALCOHOL +.", "He denies smoking and alcohol.", "negation");
    OK_PAIR("NO RASH. JOINT PAIN +.", "Without rash, with joint pain.");
    FLAG_PAIR("NO RASH. JOINT PAIN +.", "Without rash, without joint pain.", "negation");
    /* lower-case "re" before a word is "regarding", outside an eye note */
    OK_PAIR("Counselled re adherence, f/u 2/52.", "The patient was counselled about adherence. Follow-up in 2 weeks.");
    FLAG_PAIR("Counselled re adherence.", "Counselled about adherence of the right eye.", "laterality");
    OK_PAIR("va re 6/60, le 6/9. plan: re sics.", "Visual acuity 6/60 in the right eye and 6/9 in the left eye. Plan: SICS in the right eye.");
    /* a parenthesis that restates the dose just before it adds no number */
    OK_PAIR("TAB DOLO 650 SOS.", "Dolo 650 (paracetamol 650 mg) as needed.");
    FLAG_PAIR("TAB DOLO 650 SOS.", "Dolo 650 (paracetamol 500 mg) as needed.", "numbers");
    FLAG_PAIR("TAB DOLO 650 SOS.", "Dolo 650 (paracetamol 650 mg) as needed for 5 days.", "numbers");
    /* a parenthesis after a brand does not name its generic a second time */
    OK_PAIR("K/C/O T2DM ON INSULIN. INJ HUMAN ACTRAPID 6 U/HR.",
            "Known type 2 diabetes mellitus on insulin. Injection Human Actrapid (regular insulin) 6 units per hour.");
}

/* guard-9: every negation trigger must face a negation in the other text's place (the
 * alignment gap around it), unless its finding is negated somewhere in the other text */
static void trigger_place_rules(void) {
    /* a "no" put where the source has none, before a finding it names another way */
    FLAG_PAIR("PT 81/F, L CVA (R HEMIPARESIS) 3/52 AGO. TODAY: SIT-TO-STAND W/ MIN ASSIST.",
              "An 81-year-old woman who had a left cerebrovascular accident with no right hemiparesis 3 weeks ago. "
              "Today: sit-to-stand with minimal assistance.",
              "negation");
    OK_PAIR("PT 81/F, L CVA (R HEMIPARESIS) 3/52 AGO. TODAY: SIT-TO-STAND W/ MIN ASSIST.",
            "An 81-year-old woman who had a left cerebrovascular accident with right hemiparesis 3 weeks ago. "
            "Today: sit-to-stand with minimal assistance.");
    FLAG_PAIR("DX: SEVERE MALARIA (P. FALCIPARUM), MPS +++. T 39.2, RR 42.",
              "Diagnosis: severe malaria due to Plasmodium falciparum, with no malaria parasites +++ on the smear. "
              "Temperature 39.2, respiratory rate 42.",
              "negation");
    OK_PAIR("DX: SEVERE MALARIA (P. FALCIPARUM), MPS +++. T 39.2, RR 42.",
            "Diagnosis: severe malaria due to Plasmodium falciparum, with malaria parasites +++ on the smear. "
            "Temperature 39.2, respiratory rate 42.");
    /* a source "NO" whose place in the output holds no negation */
    FLAG_PAIR("ADHERENT TO AMLODIPINE 5MG DAILY. NO SX OF CRPS. SKIN OK UNDER CAST.",
              "Adherent to amlodipine 5 mg daily. There are symptoms of complex regional pain syndrome, and the skin is "
              "fine under the cast.",
              "negation");
    OK_PAIR("ADHERENT TO AMLODIPINE 5MG DAILY. NO SX OF CRPS. SKIN OK UNDER CAST.",
            "Adherent to amlodipine 5 mg daily. There are no symptoms of complex regional pain syndrome, and the skin is "
            "fine under the cast.");
    /* initialisms that hold their negation */
    OK_PAIR("BCX 10/31 NGTD. ID FOLLOWING.", "Blood cultures from October 31 show no growth to date. Infectious Diseases is following.");
    OK_PAIR("R: REPEAT CXR AM. DNACPR IN PLACE.",
            "Recommendation: repeat the chest X-ray in the morning. A do not attempt cardiopulmonary resuscitation decision is in place.");
    /* one negation for a list, a post-negation said once for two tests, a negation moved to
       the verb, a "NO" that is a number sign */
    OK_PAIR("NO H/O SEIZURES, NO LOC, NO VOMITING.", "There was no history of seizures, loss of consciousness, or vomiting.");
    OK_PAIR("HEP B SAG NEG, CORE AB NEG. CR 0.7.", "Hepatitis B surface antigen and core antibody are negative. Creatinine is 0.7.");
    OK_PAIR("SYP PREDNISOLONE 2 MG/KG/DAY OD X 3 DAYS. NO ICU ADMISSION NEEDED.",
            "Syrup prednisolone 2 mg/kg/day once daily for 3 days. ICU admission was not needed.");
    OK_PAIR("IP NO: 1234. DOA 12/03/2024.", "IP number: 1234. Date of admission: 12 March 2024.");
    /* "ADJUVANT RT TO L BREAST": RT is the radiotherapy, L the side; "R HANDED" is a side */
    FLAG_PAIR("DIAGNOSIS: (L) BREAST IDC, GRADE 2. PLAN: ADJUVANT RT TO L BREAST 40GY/15#.",
              "Diagnosis: left breast invasive ductal carcinoma, grade 2. Plan: adjuvant radiotherapy to the right breast, "
              "40 Gy in 15 fractions.",
              "laterality");
    OK_PAIR("DIAGNOSIS: (L) BREAST IDC, GRADE 2. PLAN: ADJUVANT RT TO L BREAST 40GY/15#.",
            "Diagnosis: left breast invasive ductal carcinoma, grade 2. Plan: adjuvant radiotherapy to the left breast, "
            "40 Gy in 15 fractions.");
    FLAG_PAIR("67M, R HANDED, SUDDEN ONSET R ARM/LEG WEAKNESS. CTA: L M1 OCCLUSION.",
              "A 67-year-old left-handed man with sudden-onset right arm and leg weakness. CT angiography showed a left M1 "
              "occlusion.",
              "laterality");
    OK_PAIR("67M, R HANDED, SUDDEN ONSET R ARM/LEG WEAKNESS. CTA: L M1 OCCLUSION.",
            "A 67-year-old right-handed man with sudden-onset right arm and leg weakness. CT angiography showed a left M1 "
            "occlusion.");
    /* gestation over forty ("@ 37/40"), a British duration at the very start of a text
       ("4/12 OLD"), and an obstetric zero written out ("para 0" is the formula's P0) */
    OK_PAIR("25YO G1P0 @ 37/40 BROUGHT IN.", "A 25-year-old woman, gravida 1, para 0, at 37 weeks of gestation was brought in.");
    FLAG_PAIR("BREECH AFTER 36/40.", "Breech presentation after 34 weeks.", "numbers");
    OK_PAIR("4/12 OLD, EX-36/40.", "A 4-month-old baby, born at 36 weeks.");
    FLAG_PAIR("4/12 OLD, EX-36/40.", "A 3-month-old baby, born at 36 weeks.", "numbers");
    OK_PAIR("G2P1L1A0.", "Gravida 2, para 1, living 1, abortions: 0.");
    FLAG_PAIR("G2P1L1A0.", "Gravida 2, para 1, living 1, abortion 1.", "numbers");
    FLAG_PAIR("G2P1L1A1.", "Gravida 2, para 1, living 1, abortion 0.", "negation");
    /* an abbreviation's initials are of content words: TT is not "time of the (burn)" */
    FLAG_PAIR("INJ MORPHINE 3MG IV SOS, INJ TT 0.5ML IM.",
              "Morphine 3 mg intravenously as needed and 0.5 mL intramuscularly, from the time of the burn.", "medication");
    OK_PAIR("INJ MORPHINE 3MG IV SOS, INJ TT 0.5ML IM.",
            "Morphine 3 mg intravenously as needed and tetanus toxoid 0.5 mL intramuscularly, from the time of the burn.");
    /* "methylpred" ends in -ed but is a drug: dropped, it is a missing drug */
    OK_PAIR("METHYLPRED 125 MG IV, CETIRIZINE 10 MG PO.", "Methylprednisolone 125 mg intravenously and cetirizine 10 mg by mouth.");
    FLAG_PAIR("METHYLPRED 125 MG IV, CETIRIZINE 10 MG PO.", "125 mg intravenously and cetirizine 10 mg by mouth.", "medication");
}

static void guard8_rules(void) {
    /* a drug named by the strength after it is a mention, in the lexicon or not */
    FLAG_PAIR("C/O VERTIGO. BETAHISTINE 16 MG TDS X 1 WK.", "Complains of vertigo. 16 mg three times a day for 1 week.",
              "medication");
    OK_PAIR("C/O VERTIGO. BETAHISTINE 16 MG TDS X 1 WK.", "Complains of vertigo. Betahistine 16 mg three times a day for 1 week.");
    FLAG_PAIR("LOOSE STOOLS. ZINC 20 MG OD X 14 DAYS.", "Loose stools. 20 mg once daily for 14 days.", "medication");
    /* a brand the lexicon lacks, written as its generic at the same strength, is the same drug */
    OK_PAIR("CONTINUE TAB FOOBRAND 50MCG OD.", "Continue levothyroxine 50 mcg once daily.");
    OK_PAIR("BARZOLIN 40 MG OD.", "Pantoprazole 40 mg once daily.");
    /* but two drugs the lexicon knows are never the same drug at the same strength */
    FLAG_PAIR("PANTOPRAZOLE 40 MG OD.", "Omeprazole 40 mg once daily.", "medication");
    /* a short form starting the name, anchored by the strength */
    OK_PAIR("CYCLO 750 MG IV.", "Cyclophosphamide 750 mg intravenously.");
    OK_PAIR("URINE PCR 3.2 G/G.", "The urine protein-creatinine ratio is 3.2 g/g.");
    FLAG_PAIR("FOLIC ACID 5 MG OD.", "5 mg once daily.", "medication");
    /* a salt is part of its drug, not a drug of its own */
    OK_PAIR("INJ MSO4 4MG IV Q4H PRN.", "Injection morphine sulfate 4 mg intravenously every 4 hours as needed.");
    /* initials across a hyphen and a linking word */
    OK_PAIR("UACR 640 MG/G.", "The urine albumin-to-creatinine ratio is 640 mg/g.");
    OK_PAIR("FRIII 0.1 UNITS/KG/HR.", "Start a fixed-rate intravenous insulin infusion at 0.1 units/kg per hour.");
    /* intravenous fluids are drugs */
    FLAG_PAIR("IV NS 100 ML/HR.", "Intravenous 100 mL per hour.", "medication");
    OK_PAIR("IV NS 100 ML/HR.", "Intravenous normal saline at 100 mL per hour.");
    /* a name written another way in the same place: an abbreviation in capitals whose letters
       stand in order in the name, or a brand of more than three letters */
    OK_PAIR("START VANC 1G IV Q12H.", "Start vancomycin 1 g intravenously every 12 hours.");
    OK_PAIR("HCTZ 25 MG DAILY.", "Hydrochlorothiazide 25 mg daily.");
    FLAG_PAIR("START VANC 1G IV Q12H.", "Start 1 g intravenously every 12 hours.", "medication");
    FLAG_PAIR("TAB MET 50MG OD.", "Tablet metoprolol 50 mg once daily.", "medication");
    /* a generic with the source's brand in parentheses, and a brand with its generics */
    OK_PAIR("HALDOL .5MG IV Q6H PRN.", "Haloperidol (Haldol) 0.5 mg IV every 6 hours as needed.");
    OK_PAIR("TAB ZERODOL-SP 1 BD X 7 DAYS.",
            "Tablet Zerodol-SP (aceclofenac, paracetamol and serratiopeptidase) 1 tablet twice daily for 7 days.");
    OK_PAIR("INH FORACORT 200 2 PUFFS BD, BUDECORT NEB BD.",
            "Foracort (formoterol and budesonide) 200 inhaler 2 puffs twice daily, and budesonide (Budecort) nebulisation twice daily.");
    /* Unicode dashes are hyphens: ranges survive an en dash */
    OK_PAIR("PROTEIN 1-1.5 G/KG/DAY. TEMP 97.2-99.8F.", "Protein 1\u2013" "1.5 g/kg/day. Temperature 97.2\u2013" "99.8\u00b0F.");
    FLAG_PAIR("PROTEIN 1-1.5 G/KG/DAY.", "Protein 1\u2013" "2.5 g/kg/day.", "numbers");
    /* a two-digit year is the century's; a gestational age is weeks and days; a range of times */
    OK_PAIR("ADMITTED ON 12/08/23.", "Admitted on 12 August 2023.");
    FLAG_PAIR("ADMITTED ON 12/08/23.", "Admitted on 12 August 2024.", "numbers");
    OK_PAIR("G2P1 AT 38+2 WKS.", "G2P1 at 38 weeks and 2 days.");
    FLAG_PAIR("G2P1 AT 38+2 WKS.", "G2P1 at 38 weeks and 3 days.", "numbers");
    OK_PAIR("NIGHT SHIFT (2000-0800 HRS).", "Night shift (8 p.m. to 8 a.m.).");
    /* digits written onto a word: X2 is a number of its own, HD2 / G2P1001 are said in place */
    OK_PAIR("MISSED INSULIN X2 DAYS. S/P PCI W/ DES X2.", "He missed insulin for 2 days. Status post PCI with 2 drug-eluting stents.");
    FLAG_PAIR("MISSED INSULIN X2 DAYS.", "He missed insulin for 3 days.", "numbers");
    OK_PAIR("PROGRESS NOTE HD2.", "Progress note, hospital day 2.");
    /* BP 162/94 HR 104: HR labels the next number, it is not hours */
    OK_PAIR("BP 162/94 HR 104.", "Blood pressure 162/94 mmHg, heart rate 104.");
    OK_PAIR("SEPTIC SHOCK 2/2 LLL PNA.", "Septic shock secondary to left lower lobe pneumonia.");
    OK_PAIR("BCX 2/2 MRSA.", "Blood cultures positive for MRSA in 2 of 2 sets.");
    /* a serial comma keeps a list negated; a comma after "no" may start a statement */
    OK_PAIR("DENIES SOB, N/V.", "He denies shortness of breath, nausea, and vomiting.");
    FLAG_PAIR("DENIES SOB, N/V.", "He denies shortness of breath and nausea, and reports vomiting.", "negation");
    OK_PAIR("USG: NO IUGS, LT ADNEXAL MASS, FREE FLUID ++", "Ultrasound showed no intrauterine gestational sac, a left adnexal mass, and free fluid (++).");
    FLAG_PAIR("USG: NO FREE FLUID.", "Ultrasound showed free fluid.", "negation");
    /* a negation added before a word the source never has, or before an abbreviation spelled out */
    FLAG_PAIR("G2P1 AT 38 WKS.", "A second gravida at 38 weeks of no gestation.", "negation");
    FLAG_PAIR("58YO M C/O CP X 2HRS.", "A 58-year-old man complaining of no chest pain for 2 hours.", "negation");
    OK_PAIR("58YO M C/O CP X 2HRS.", "A 58-year-old man complaining of chest pain for 2 hours.");
    /* sides written as letters: LE after a side is the lower extremity; a letter before a word
       the output keeps in place is that word's side */
    OK_PAIR("R LE NEG.", "The right lower extremity was negative.");
    FLAG_PAIR("R LE NEG.", "The left lower extremity was negative.", "laterality");
    OK_PAIR("ABRASIONS R FOREARM.", "There are abrasions on the right forearm.");
    FLAG_PAIR("ABRASIONS R FOREARM.", "There are abrasions on the left forearm.", "laterality");
    OK_PAIR("PCV20 GIVEN TODAY L DELTOID.", "PCV20 was given today in the left deltoid.");
    OK_PAIR("NEG NITRITE, NEG LE. E COLI R TO CIPRO.", "Nitrite and leukocyte esterase negative. E. coli resistant to ciprofloxacin.");
    /* negation shorthand and clause ends */
    OK_PAIR("DRAIN NOT PLACED.", "No drain was placed.");
    FLAG_PAIR("DRAIN NOT PLACED.", "A drain was placed.", "negation");
    OK_PAIR("NET -2.1L LAST 24H.", "Net fluid balance was negative 2.1 L over the last 24 hours.");
    OK_PAIR("SVE 2/50/-2.", "Sterile vaginal exam: 2 cm dilated, 50% effaced, and -2 station.");
    FLAG_PAIR("QUANTIFERON NEG 1/2025.", "QuantiFERON was positive in January 2025.", "negation");
    OK_PAIR("EXAM: RLQ TTP, +REBOUND, -PSOAS.", "Exam: right lower quadrant tenderness, with rebound tenderness; the psoas sign is negative.");
    OK_PAIR("BREAST CA (ER+/PR+/HER2-).", "Breast cancer (ER-positive, PR-positive, HER2-negative).");
    FLAG_PAIR("BREAST CA (ER+/PR+/HER2-).", "Breast cancer (ER-positive, PR-positive, HER2-positive).", "negation");
    OK_PAIR("NO VANCOMYCIN (HEMODYNAMICALLY STABLE).", "Vancomycin was not given because she is hemodynamically stable.");
    OK_PAIR("B/L LE DUPLEX: DVT RULED OUT.", "Bilateral lower extremity duplex ultrasound ruled out deep vein thrombosis.");
    /* a modifier before a drug after its form is not a drug of its own; both before a plural
       organ is bilateral; a time with HRS after its minutes */
    OK_PAIR("INJ H. ACTRAPID S/C AS PER SCALE.", "Injection human Actrapid insulin subcutaneously as per the scale.");
    OK_PAIR("P/V: B/L FORNICES FREE.", "Per vaginal examination: both fornices are free.");
    OK_PAIR("AT 04:40 HRS ATONIC PPH.", "At 4:40 a.m., she developed an atonic postpartum haemorrhage.");
    FLAG_PAIR("AT 04:40 HRS ATONIC PPH.", "At 4:50 a.m., she developed an atonic postpartum haemorrhage.", "numbers");
    OK_PAIR("CSF: NOT DONE (UNSTABLE).", "CSF examination was not done because he is unstable.");
    /* US brands and abbreviations; two-capital abbreviations take part in negation */
    OK_PAIR("APAP 1GM PO Q8H. MSIR 15MG PO Q4H PRN.", "Acetaminophen 1 g by mouth every 8 hours. Morphine immediate-release 15 mg by mouth every 4 hours as needed.");
    FLAG_PAIR("NO CP, NO SOB.", "She has chest pain and no shortness of breath.", "negation");
    FLAG_PAIR("BP 120/80. NO HA. PULSE 80.", "Blood pressure 120/80. There is headache. Pulse 80.", "negation");
    OK_PAIR("BP 120/80. NO HA. PULSE 80.", "Blood pressure 120/80. There is no headache. Pulse 80.");
    OK_PAIR("P/A SOFT NT.", "The abdomen is soft and non-tender.");
    OK_PAIR("ADV: NWB LT LL X 6 WKS.", "Advice: non-weight-bearing on the left lower limb for 6 weeks.");
    OK_PAIR("NO BP OR BLOOD DRAWS R ARM.", "No blood pressure measurements or blood draws in the right arm.");
    OK_PAIR("UA: NEG NITRITE, NEG LE.", "Urinalysis shows negative nitrite and negative leukocyte esterase.");
    /* the same digits written another way; OD after a measurement in an eye note is the eye;
       a code of one side spelled out with the other side */
    OK_PAIR("ECG DONE 0930.", "ECG was done at 9.30.");
    FLAG_PAIR("ECG DONE 0930.", "ECG was done at 9.40.", "numbers");
    OK_PAIR("EYES NOT SUNKEN. SYP ZINC 20MG OD X 14 DAYS.", "The eyes are not sunken. Syrup zinc 20 mg once daily for 14 days.");
    FLAG_PAIR("VA OD 6/9. IOP 16 MMHG OD.", "Visual acuity 6/9 in the right eye; intraocular pressure 16 mmHg in the left eye.", "laterality");
    FLAG_PAIR("ECHO: EF 35%. RVSP 42 MMHG.", "Echo: ejection fraction 35%. Left ventricular systolic pressure 42 mmHg.", "laterality");
    OK_PAIR("ECHO: EF 35%. RVSP 42 MMHG.", "Echo: ejection fraction 35%. Right ventricular systolic pressure 42 mmHg.");
    OK_PAIR("ORTHOPNEA ABSENT NOW.", "He no longer has orthopnoea.");
    OK_PAIR("CHEST CLEAR B/L. TM NORMAL B/L.", "The chest is clear bilaterally, and both tympanic membranes are normal.");
    /* blind11 / blind12 round: avoidance, dotted times, codes kept in parentheses, counts */
    OK_PAIR("ADV: AVOID HEAVY WT LIFTING X 6 WKS.", "Advice: avoidance of heavy weight lifting for 6 weeks.");
    OK_PAIR("H/O FALL AT ~9.30PM.", "History of a fall at approximately 9:30 p.m.");
    FLAG_PAIR("H/O FALL AT ~9.30PM.", "History of a fall at approximately 9:30 a.m.", "numbers");
    OK_PAIR("DIAGNOSIS: G2P1L1 AT 38+2 WKS.", "Diagnosis: gravida 2, para 1, living 1 (G2P1L1) at 38 weeks and 2 days.");
    OK_PAIR("PT POD1 S/P LAP CHOLE.", "The patient is on postoperative day 1 after a laparoscopic cholecystectomy.");
    FLAG_PAIR("PT POD1 S/P LAP CHOLE.", "The patient is on postoperative day 2 after a laparoscopic cholecystectomy.", "numbers");
    OK_PAIR("AVOID THE DETERGENT, USE GLOVES.", "The patient should avoid the detergent and use gloves.");
    OK_PAIR("NO HEAVY LIFTING. SOFT DIET.", "Avoid heavy lifting, and follow a soft diet.");
    OK_PAIR("GOAL CORRECTION <=8 MEQ/L PER 24H.", "The goal correction is no more than 8 mEq/L per 24 hours.");
    OK_PAIR("DIARRHOEA X 3/7. ZINC 10MG OD X 10/7.", "Diarrhoea for 3 days. Zinc 10 mg once daily for 10 days.");
    /* a named insulin's kind word, a drug named again with "the", Ryle's tube, re:, U/L, reasons */
    OK_PAIR("GLARGINE 20 U SC QHS. LISPRO 4 U PER SCALE.", "Insulin glargine 20 units subcutaneously at bedtime; insulin lispro 4 units per the scale.");
    OK_PAIR("LISINOPRIL 5 MG PO DAILY - HOLD IF SBP <90.", "Take lisinopril 5 mg by mouth daily. Hold the lisinopril if your systolic blood pressure is below 90.");
    OK_PAIR("OSELTAMIVIR 75MG BD VIA RT.", "Oseltamivir 75 mg twice daily via Ryle's tube.");
    OK_PAIR("ALT 88 U/L, AST 76 U/L.", "ALT 88 units/L and AST 76 units/L.");
    OK_PAIR("NOT WILLING TO STAY DUE TO FINANCIAL REASONS.", "They are not willing to stay for financial reasons.");
    OK_PAIR("RESISTANT: COTRIMOXAZOLE.", "Resistant to co-trimoxazole.");
    /* an attribute said elsewhere in the drug's sentence when its own clause says nothing */
    OK_PAIR("REQ'D 1 PRN: HALOPERIDOL 5 MG IM AT 2300.", "He required one PRN dose of haloperidol 5 mg IM at 23:00.");
    OK_PAIR("PACLITAXEL WEEKLY X12.", "Then weekly paclitaxel for 12 doses.");
    OK_PAIR("PLT 82K. D/C IF PLT <100K.", "Platelets are 82,000. Discontinue if the platelet count falls below 100,000.");
    /* a verbal "not" ends at the auxiliary of the next clause; another form of an affirmed word */
    OK_PAIR("ISOTRETINOIN NOT STARTED - DISCUSS LATER.", "Isotretinoin has not been started and will be discussed later.");
    FLAG_PAIR("45M, ALCOHOLIC SINCE 20 YRS.", "A 45-year-old man with no alcohol use for 20 years.", "negation");
    OK_PAIR("ENOXAPARIN 40MG SC OD X 28/7. FRACTURE CLINIC 10-14/7.", "Enoxaparin 40 mg subcutaneously once daily for 28 days. Fracture clinic in 10-14 days.");
    /* round-two causes: n/40 and n/24, a fever above a tablet count, alternate days, "a day" */
    OK_PAIR("G2P1, 39+4/40.", "Gravida 2, para 1, at 39 weeks and 4 days.");
    FLAG_PAIR("G2P1, 39+4/40.", "Gravida 2, para 1, at 39 weeks and 5 days.", "numbers");
    OK_PAIR("REPOSITIONING 2/24.", "Repositioning every 2 hours.");
    OK_PAIR("SOS FOR FEVER >102 TAB DOLO 650.", "Take Dolo 650 (paracetamol) if needed for fever above 102 \u00b0F.");
    OK_PAIR("TAB SEPTRAN DS 1 TAB ALT DAYS.", "Septran DS (co-trimoxazole double strength), one tablet on alternate days.");
    OK_PAIR("CALL IF GAIN >2 LB/DAY OR 5 LB/WK.", "Call if weight gain is more than 2 lb in a day or 5 lb in a week.");
    /* a lab before a strength is not a drug */
    OK_PAIR("S.CREAT 2.1 MG/DL. HB 9.2 G/DL.", "Serum creatinine 2.1 mg/dL; haemoglobin 9.2 g/dL.");
}

static void guard7_rules(void) {
    /* clock times: a 24-hour time is the same time with a colon, "hrs" or am/pm */
    OK_PAIR("MORPHINE 2MG IV GIVEN AT 0200.", "Morphine 2 mg was given intravenously at 02:00.");
    OK_PAIR("MORPHINE 2MG IV GIVEN AT 0200 HRS.", "Morphine 2 mg was given intravenously at 2 am.");
    OK_PAIR("LKW 0945. ALTEPLASE STARTED 1042.", "Last known well at 09:45; alteplase was started at 10:42.");
    OK_PAIR("MARGIN MARKED AT 1300.", "The margin was marked at 1 pm.");
    OK_PAIR("REVIEWED AT 1415.", "Reviewed at 2:15 p.m.");
    FLAG_PAIR("MORPHINE 2MG IV GIVEN AT 0200.", "Morphine 2 mg was given intravenously at 03:00.", "numbers");
    FLAG_PAIR("LKW 0945.", "Last known well at 09:54.", "numbers");
    FLAG_PAIR("MARGIN MARKED AT 1300.", "The margin was marked at 1 am.", "numbers");
    /* British durations wherever they stand: n/52 and n/7 always, n/12 outside an eye note */
    OK_PAIR("R/V 4/52.", "Review in 4 weeks.");
    OK_PAIR("BLOODS 4/52. WT 84KG (WAS 88KG 6/12 AGO).", "Repeat bloods in 4 weeks. She weighs 84 kg, 88 kg six months ago.");
    FLAG_PAIR("R/V 4/52.", "Review in 4 days.", "numbers");
    FLAG_PAIR("R/V 4/52.", "Review in 5 weeks.", "numbers");
    OK_PAIR("FOLFOX CYCLE 6/12.", "FOLFOX, cycle 6 of 12.");
    /* 125 CC/HR is mL per hour */
    OK_PAIR("IV NS @ 125CC/HR.", "Intravenous normal saline at 125 mL per hour.");
    FLAG_PAIR("IV NS @ 125CC/HR.", "Intravenous normal saline 125 mL.", "numbers");
    /* a capital L / R before an abbreviation or a position word is a side */
    OK_PAIR("R TKR POD 2.", "Day 2 after a right total knee replacement.");
    OK_PAIR("L TM BULGING, R TM NORMAL.", "The left tympanic membrane is bulging and the right one is normal.");
    OK_PAIR("DYSURIA, L CVA TENDERNESS.", "Dysuria and left costovertebral angle tenderness.");
    FLAG_PAIR("L TM BULGING.", "The right tympanic membrane is bulging.", "laterality");
    FLAG_PAIR("R TKR POD 2.", "Day 2 after a left total knee replacement.", "laterality");
    FLAG_PAIR("# R distal radius.", "Fracture of the left distal radius.", "laterality");
    OK_PAIR("pain 7/10 l knee.", "Pain rated 7/10 in the left knee.");
    FLAG_PAIR("pain 7/10 l knee.", "Pain rated 7/10 in the right knee.", "laterality");
    FLAG_PAIR("R face/arm/leg weakness.", "Weakness of the left face, arm and leg.", "laterality");
    OK_PAIR("O2 2 L NASAL PRONGS.", "Oxygen 2 L by nasal prongs.");
    /* OD / OS / OU in an eye note are the eyes; OD in a dose slot stays once daily */
    OK_PAIR("VA OD 6/9, OS 6/12. IOP 14 OD.", "Visual acuity is 6/9 in the right eye and 6/12 in the left eye; the IOP is 14 in the right eye.");
    FLAG_PAIR("VA 6/9. IOP 14 OD.", "Visual acuity is 6/9; the IOP is 14 in the left eye.", "laterality");
    FLAG_PAIR("TIMOLOL 0.5% E/D BD OU.", "Timolol 0.5% eye drops twice a day in the right eye.", "laterality");
    OK_PAIR("TAB AMLODIPINE 5MG OD.", "Amlodipine 5 mg tablet once daily.");
    /* fixed-dose combinations written out as their drugs */
    OK_PAIR("STARTED ON 4FDC 3 TABS OD (HRZE) X 2 MONTHS.",
            "Started on the four-drug fixed-dose combination (isoniazid, rifampicin, pyrazinamide and ethambutol), 3 "
            "tablets once daily for 2 months.");
    FLAG_PAIR("STARTED ON 4FDC 3 TABS OD X 2 MONTHS.",
              "Started on isoniazid, rifampicin and pyrazinamide, 3 tablets once daily for 2 months.", "medication");
    FLAG_PAIR("STARTED ON 4FDC 3 TABS OD X 2 MONTHS.",
              "Started on isoniazid, rifampicin, pyrazinamide, ethambutol and streptomycin, 3 tablets once daily for 2 months.",
              "medication");
    /* negation scope ends at a spaced dash and at the close of its parenthesis; "nil by
       mouth" negates nothing; "per staff" says who, it is no finding */
    OK_PAIR("NO RASH, NO SORE THROAT - AGRANULOCYTOSIS WARNING REITERATED.",
            "She has had no rash and no sore throat, and I reiterated the warning about agranulocytosis.");
    FLAG_PAIR("NO RASH, NO SORE THROAT - AGRANULOCYTOSIS WARNING REITERATED.",
              "She has had a rash and no sore throat, and I reiterated the warning about agranulocytosis.", "negation");
    OK_PAIR("NOT SAFE FOR TABLETS WHOLE - CRUSH WHERE POSSIBLE.", "It is not safe to swallow tablets whole; crush them where possible.");
    OK_PAIR("FOLIC ACID 5MG ONCE WEEKLY (NOT ON MTX DAY) TO RESTART LATER.",
            "Folic acid 5 mg once weekly, not on the methotrexate day, is to be restarted later.");
    OK_PAIR("GLICLAZIDE 80MG OD - WITHHELD (NBM).", "Gliclazide 80 mg once daily: withheld, as the patient is nil by mouth.");
    FLAG_PAIR("NO LOC PER STAFF. GCS 15.", "According to the staff, there was loss of consciousness. GCS 15.", "negation");
    OK_PAIR("NO LOC PER STAFF. GCS 15.", "According to the staff, there was no loss of consciousness. GCS 15.");
    /* a drug before "free" is withheld */
    OK_PAIR("HEPARIN FREE DIALYSIS (RECENT GI BLEED).", "Dialysis was done without heparin because of a recent GI bleed.");
    FLAG_PAIR("HEPARIN FREE DIALYSIS.", "Dialysis was done with heparin.", "negation");
    /* another form of the negated word negated in the output */
    OK_PAIR("LV DILATED. NO LV THROMBUS.", "The left ventricle is dilated. There is no left ventricular thrombus.");
    FLAG_PAIR("LV DILATED. NO LV THROMBUS.", "The left ventricle is dilated. There is a left ventricular thrombus.", "negation");
    OK_PAIR("G1P0, UNEVENTFUL ANTENATAL PERIOD.", "Primigravida (G1P0), with an uneventful antenatal period.");
    /* PEN before allergy is penicillin; a duration written onto its x */
    OK_PAIR("MARGIN MARKED WITH PEN. PEN ALLERGY: NONE.", "The margin was marked in pen. The patient has no penicillin allergy.");
    FLAG_PAIR("PEN ALLERGY: NONE.", "The patient has a penicillin allergy.", "negation");
    OK_PAIR("DYSURIA X3D.", "Dysuria for 3 days.");
    FLAG_PAIR("DYSURIA X3D.", "Dysuria for 3 weeks.", "numbers");
    FLAG_PAIR("DYSURIA X3D.", "Dysuria for 5 days.", "numbers");
    /* a negated abbreviation spelled out in the output keeps its negation on the head word */
    OK_PAIR("PUPILS EQUAL. NO RAPD.", "The pupils are equal. There is no relative afferent pupillary defect.");
    FLAG_PAIR("PUPILS EQUAL. NO RAPD.", "The pupils are equal. There is a relative afferent pupillary defect.", "negation");
    OK_PAIR("NO HYPOS IN LAST 24 HRS.", "There have been no hypoglycaemic episodes in the last 24 hours.");
    FLAG_PAIR("NO HYPOS IN LAST 24 HRS.", "There have been hypoglycaemic episodes in the last 24 hours.", "negation");
    OK_PAIR("CT: NO BLEED, ASPECTS 9.", "CT showed no haemorrhage, with an ASPECTS of 9.");
    FLAG_PAIR("CT: NO BLEED, ASPECTS 9.", "CT showed haemorrhage, with an ASPECTS of 9.", "negation");
    OK_PAIR("OXALIPLATIN 85 MG/M2, 5-FU BOLUS 400 MG/M2.", "Oxaliplatin 85 mg/m2 and fluorouracil (5-FU) as a 400 mg/m2 bolus.");
    OK_PAIR("OXALIPLATIN 85 MG/M2, 5-FU BOLUS 400 MG/M2.", "Oxaliplatin 85 mg/m2 and fluorouracil as a 400 mg/m2 bolus.");
    FLAG_PAIR("OXALIPLATIN 85 MG/M2, 5-FU BOLUS 400 MG/M2.", "Oxaliplatin 85 mg/m2 as a 400 mg/m2 bolus.", "medication");
    FLAG_PAIR("OXALIPLATIN 85 MG/M2, 5-FU BOLUS 400 MG/M2.", "Oxaliplatin 85 mg/m2 and capecitabine as a 400 mg/m2 bolus.", "medication");
    OK_PAIR("CONTINUE 3FDC 3 TABS OD X 4 MONTHS.", "Continue isoniazid, rifampicin and ethambutol, 3 tablets once daily for 4 months.");
}

/* guard-10: rules from the fifth round of sealed sets (blind7..26 tuned, blind27..30 first contact) */
static void guard10_rules(void) {
    /* a temperature word on the line above does not make "24F" a temperature */
    OK_PAIR("DAY 5 OF FEVER\n24F, DENGUE NS1 +VE.", "Day 5 of fever.\nA 24-year-old woman with dengue (NS1 positive).");
    FLAG_PAIR("DAY 5 OF FEVER\n24F, DENGUE NS1 +VE.", "Day 5 of fever.\nA 42-year-old woman with dengue (NS1 positive).",
              "numbers");
    /* a heading before "NEG <finding>" is no finding; a review's verb ends the finding */
    OK_PAIR("CV: NEG CP, PALPITATIONS.\nALL OTHER SYSTEMS REVIEWED AND NEG.",
            "Cardiovascular: negative for chest pain and palpitations.\nAll other systems were reviewed and are negative.");
    FLAG_PAIR("CV: NEG CP, PALPITATIONS.", "Cardiovascular: chest pain and palpitations.", "negation");
    OK_PAIR("PEN ALLERGY: NONE KNOWN.", "Penicillin allergy: none known.");
    /* "X RULED OUT, Y, Z" negates only X */
    OK_PAIR("DELIRIUM (UTI RULED OUT, HOSPITALIZATION, SLEEP DISRUPTION).",
            "Delirium related to hospitalization and sleep disruption; a urinary tract infection has been ruled out.");
    FLAG_PAIR("DELIRIUM (UTI RULED OUT, HOSPITALIZATION).", "Delirium related to hospitalization and a urinary tract infection.",
              "negation");
    /* DNS among IV fluids is dextrose normal saline; NAC is acetylcysteine */
    OK_PAIR("IVF DNS 100 ML/HR.", "IV fluids: dextrose normal saline at 100 mL/hour.");
    OK_PAIR("STARTED NAC 21 HR PROTOCOL.", "The 21-hour N-acetylcysteine protocol was started.");
    /* RT with a dose in Gy, PRE-RT: radiotherapy, not a side */
    OK_PAIR("ON ADJ RT 60 GY/30#. WT 58 KG (PRE-RT 62 KG).",
            "On adjuvant radiotherapy, 60 Gy in 30 fractions. Weight 58 kg (62 kg before radiotherapy).");
    FLAG_PAIR("FEW CREPTS RT BASE.", "A few crepitations at the left base.", "laterality");
    /* (L) / (H) after a lab value flag it low / high; after a vaccine dose number before a
       limb it is the side */
    OK_PAIR("NA 131 (L), K 5.4 (H).", "Sodium 131 (low), potassium 5.4 (high).");
    FLAG_PAIR("PENTAVALENT-1 (L) ANTEROLATERAL THIGH IM.", "Pentavalent-1 intramuscularly in the right anterolateral thigh.",
              "laterality");
    FLAG_PAIR("POD1 (L) PHACO + IOL.", "Postoperative day 1 after right phacoemulsification with an intraocular lens.",
              "laterality");
    /* RE after a verb of telling, as a letter's heading: regarding; in a text about eyes: the eye */
    OK_PAIR("COUNSELLED PARENTS RE: SEIZURE FIRST AID.", "The parents were counselled regarding seizure first aid.");
    OK_PAIR("RE: 67 YO M, AF NEW DX.", "Re: a 67-year-old man with newly diagnosed atrial fibrillation.");
    FLAG_PAIR("FUNDUS RE: HAZY VIEW.", "Fundus of the left eye: hazy view.", "laterality");
    /* RV before weeks is a review, RIF in a note on rifampicin the drug */
    OK_PAIR("NO SUICIDAL IDEATION.\nRV 6 WKS.", "There is no suicidal ideation. Review in 6 weeks.");
    OK_PAIR("RIFAMPICIN 450 MG OD. LFT AFTER RIF STOPPED.", "Rifampicin 450 mg once daily. Liver function tests after rifampicin is stopped.");
    /* a salt is present only as that salt: the ion alone is a lab value */
    FLAG_PAIR("KCL 20 MEQ PO BID. K 3.6.", "Potassium is 3.6. Give 20 mEq by mouth twice daily.", "medication");
    OK_PAIR("KCL 20 MEQ PO BID. K 3.6.", "Potassium is 3.6. Give potassium chloride 20 mEq by mouth twice daily.");
    OK_PAIR("MG 1.7 - MAG SULFATE 2 G IV.", "Magnesium is 1.7; give magnesium sulfate 2 g IV.");
    OK_PAIR("INJ SODA BICARB NOT GIVEN.", "Sodium bicarbonate injection was not given.");
    /* a word after a dosage form that is an adverb or a procedure is no drug */
    OK_PAIR("ORS AD LIB.", "Oral rehydration solution freely as desired.");
    /* a threshold turned round (an arrow is no threshold; "over" before a time is a duration) */
    FLAG_PAIR("MAP GOAL >65.", "The mean arterial pressure goal is no greater than 65.", "numbers");
    OK_PAIR("MAP GOAL >65.", "The mean arterial pressure goal is greater than 65.");
    FLAG_PAIR("PCM NOT MORE THAN 4 G/DAY.", "Paracetamol, more than 4 g a day.", "numbers");
    OK_PAIR("PCM NOT MORE THAN 4 G/DAY.", "Paracetamol, at most 4 g a day.");
    OK_PAIR("STOOLS DECREASED 6->2/DAY. INFUSE OVER 30 MIN. PLT <10,000.",
            "Stools decreased from 6 to 2 per day. Infuse over 30 minutes. Platelets below 10,000.");
    /* NGTD is "no growth to date"; a clipped word of seven letters is the same finding */
    FLAG_PAIR("BCX 11/9 NGTD.", "Blood cultures from 11/9 show growth to date.", "negation");
    OK_PAIR("BCX 11/9 NGTD.", "Blood cultures from 11/9 show no growth to date.");
    FLAG_PAIR("NO MELENA. NOT ON ANTICOAG.", "He reports no melena. He is on anticoagulation.", "negation");
    /* British durations after in / last / next, "2/2" (secondary to) beside a parenthesis */
    OK_PAIR("3 ADMISSIONS IN 12/12. NEXT CHECK 12/12.", "Three admissions in the last 12 months. Next check in 12 months.");
    OK_PAIR("SEPTIC SHOCK 2/2 (L) LOWER LOBE PNEUMONIA.", "Septic shock secondary to left lower lobe pneumonia.");
    /* a plain word is no side code: the LEAD of "RA LEAD" does not excuse an added left */
    FLAG_PAIR("RA LEAD: SENSING 2.8MV.", "Left atrial wire: sensing 2.8 mV.", "laterality");
    OK_PAIR("GIVEN TODAY L DELTOID.", "Given today in the left deltoid.");
    /* a gestational age as one word: 38W2D, 24W */
    OK_PAIR("G2P1001 @ 38w2d PRESENTS.", "A G2P1001 woman at 38 weeks and 2 days of gestation presents.");
    FLAG_PAIR("PNV 28W2D.", "Prenatal visit at 28 weeks and 3 days.", "numbers");
    FLAG_PAIR("PREV BP 118/72 AT 24W.", "Previous blood pressure 118/72 at 24 months.", "numbers");
    /* a post-trigger after a list is said of every item ("A, B, and C were negative"), not
       after a singular verb ("..., and pedal oedema is absent" is one subject's) */
    OK_PAIR("HAV IGM -VE, HBSAG -VE, ANTI HCV -VE.", "HAV IgM, HBsAg, and anti-HCV were negative.");
    OK_PAIR("MALARIA RDT -VE, DENGUE NS1 -VE.", "The malaria rapid diagnostic test and dengue NS1 were negative.");
    FLAG_PAIR("NO HEADACHE, NO EPIGASTRIC PAIN, PEDAL OEDEMA ABSENT.",
              "There is no headache, and epigastric pain, and pedal oedema is absent.", "negation");
    /* "DAY 4/7" is the fourth day of seven; the 5 of 5-FU is the drug's name */
    OK_PAIR("CEFTRIAXONE 2 GM IV Q24H (DAY 4/7).", "Ceftriaxone 2 g IV every 24 hours (day 4 of 7).");
    FLAG_PAIR("CEFTRIAXONE 2 GM IV Q24H (DAY 4/7).", "Ceftriaxone 2 g IV every 24 hours (day 5 of 7).", "numbers");
    OK_PAIR("FOLFOX: 5-FU 400 MG/M2 BOLUS.", "FOLFOX: 5-fluorouracil 400 mg/m2 bolus.");
    /* a grade in plus signs may be written "2+"; a moved decimal point is no twin of the digits */
    OK_PAIR("JVP 8 CM. PEDAL EDEMA ++.", "JVP is 8 cm. Pedal oedema is 2+.");
    FLAG_PAIR("KETONES +++, PH 7.12.", "Ketones were 2+, pH was 7.12.", "numbers");
    OK_PAIR("LMP 02/08/23. FREE FLUID ++. 2 UNITS PRBC.",
            "The last menstrual period was on 2 August 2023. There was free fluid. Two units of packed red cells.");
    FLAG_PAIR("WT 74.2 KG (ADM 77.0).", "Weight is 74.2 kg (770 kg at admission).", "numbers");
    /* EPI with a dose, ADR with a dilution, AMP before /GENT are the drugs (EPI CELLS are not) */
    OK_PAIR("EPI 1MG IV X3. ROSC AT 0327.", "Epinephrine 1 mg IV was given three times. ROSC at 3:27.");
    OK_PAIR("2% LIGNOCAINE WITH ADR 1:80000.", "2% lignocaine with adrenaline 1:80000.");
    OK_PAIR("BCX NGTD @ 48H, AMP/GENT D/C'D.", "Blood cultures show no growth at 48 hours; ampicillin and gentamicin were discontinued.");
    OK_PAIR("URINE: EPI CELLS 2-3.", "Urine: epithelial cells 2-3.");
    FLAG_PAIR("EPI 1MG IV X3. AMIODARONE 300MG IV.", "Amiodarone 300 mg IV.", "medication");
    /* PNSS is plain normal saline; NS graded or before CATARACT is nuclear sclerosis (after a
       volume it stays saline) */
    OK_PAIR("IVF PNSS 1L OVER 8H.", "IV fluids: plain normal saline 1 L over 8 hours.");
    OK_PAIR("R EYE: DENSE NS CATARACT.", "Right eye: dense nuclear sclerosis cataract.");
    OK_PAIR("PCM 1 GM IV IN 100 ML NS OVER 15 MIN. PUPILS EQUAL.",
            "Paracetamol 1 g IV in 100 mL normal saline over 15 minutes. Pupils equal.");
    /* D5 / D50 by a fluid are dextrose at that strength; D5 of a course stays the fifth day */
    OK_PAIR("OXALIPLATIN 138MG IN 500ML D5 OVER 2HRS.", "Oxaliplatin 138 mg in 500 mL of 5% dextrose over 2 hours.");
    OK_PAIR("INSULIN 10 U IV + D50 50ML.", "Insulin 10 units IV with D50 (50% dextrose) 50 mL.");
    OK_PAIR("CYCLE 3 D5 TODAY.", "Cycle 3, day 5 today.");
    FLAG_PAIR("INSULIN 10 U IV + D50 50ML.", "Insulin 10 units IV with 50 mL of 10% dextrose.", "numbers");
    /* RA / LA before a chamber's word or a size are the atria; elsewhere room air, local anaesthesia */
    FLAG_PAIR("RA LEAD: SENSING 2.8MV. RV LEAD: SENSING 11.2MV.",
              "Left atrial lead: sensing 2.8 mV. Right ventricular lead: sensing 11.2 mV.", "laterality");
    OK_PAIR("ECHO: SEVERE MS, LA 5.2 CM, NO LA CLOT.", "Echo: severe mitral stenosis, left atrium 5.2 cm, no left atrial clot.");
    OK_PAIR("SPO2 96% RA. ACCESS OPENING UNDER LA.", "Oxygen saturation 96% on room air. Access opening under local anaesthesia.");
    /* lab flags after a value with its unit; RT in situ / before a frequency is a tube, before a
       place a side; LAD after "no" or a node region is lymphadenopathy; LT before a length in
       cm is a length; RE after warned / refer / nurse is regarding; MO after a number is months */
    OK_PAIR("HB: 7.2 g/dL (L)    MCV: 68 fL (L).", "Haemoglobin 7.2 g/dL (low), MCV 68 fL (low).");
    FLAG_PAIR("FIPV-1 0.1ML ID (R) DELTOID.", "Fractional IPV-1, 0.1 mL intradermally in the left deltoid.", "laterality");
    OK_PAIR("NBM, RT IN SITU. BACLOFEN 10 MG RT TDS.",
            "Nil by mouth; Ryles tube in situ. Baclofen 10 mg via the Ryles tube three times daily.");
    FLAG_PAIR("TRIAMCINOLONE 40 MG RT KNEE.", "Triamcinolone 40 mg into the left knee.", "laterality");
    OK_PAIR("LT LOBE NORMAL. NO CERVICAL LAD.", "The left lobe is normal. There is no cervical lymphadenopathy.");
    OK_PAIR("WT 9.8 KG, LT 76 CM, HC 46 CM.", "Weight 9.8 kg, length 76 cm, head circumference 46 cm.");
    OK_PAIR("REFER TO RENAL ANAEMIA NURSE RE ESA.", "Refer to the renal anaemia nurse regarding an ESA.");
    FLAG_PAIR("12 MO WCC.", "A 12-year well-child check.", "numbers");
    /* "CONTRACTING 3:10" is three contractions in ten minutes, no time of day */
    OK_PAIR("SROM 22:00 CLEAR LIQUOR. CONTRACTING 3:10.",
            "Spontaneous rupture of membranes at 22:00 with clear liquor. She is contracting 3 times in 10 minutes.");
    FLAG_PAIR("CONTRACTING 3:10.", "She is contracting 4 times in 10 minutes.", "numbers");
    /* a medication list repeats its schedule words; a repeated sentence is still a loop */
    OK_PAIR("TAB AMLODIPINE 5MG OD, TAB ATORVASTATIN 40MG OD, TAB METFORMIN 500MG OD.",
            "Amlodipine 5 mg tablet once daily, atorvastatin 40 mg tablet once daily, and metformin 500 mg tablet once daily.");
    FLAG_PAIR("PCM 500 MG OD.",
              "Paracetamol 500 mg tablet once daily. Paracetamol 500 mg tablet once daily. Paracetamol 500 mg tablet once daily.",
              "repetition");
    /* U is units only after an amount ("U waves", "U-shaped", "U-1" are not); a salt written with
       its cation's symbol ("MG SULPHATE 10MMOL") is a drug mention */
    OK_PAIR("ECG: SINUS, U WAVES. FUNDUS AT U-1.", "The ECG shows sinus rhythm with U waves. The fundus is at U-1.");
    FLAG_PAIR("PENICILLIN G 1.5 MILLION UNITS IV Q6H.", "Penicillin G 1.5 million U IV every 6 hours.", "do_not_use");
    FLAG_PAIR("MG 0.5. MG SULPHATE 10MMOL IV OVER 2H.", "Magnesium is 0.5. Give 10 mmol IV over 2 hours.", "medication");
    /* PT/OT, TROPS and GRBS spelled out reach the output */
    OK_PAIR("PT/OT.\nPLAN: SERIAL TROPS, ADMIT OBS, R/O ACS.\nGRBS 78.",
            "Physical therapy and occupational therapy.\nPlan: serial troponins and admission to observation to rule out "
            "acute coronary syndrome.\nBlood glucose is 78.");
    /* N/A is not applicable */
    FLAG_PAIR("4H LEVEL N/A (PRESENTED >8H).", "The 4-hour level is applicable, as she presented more than 8 hours after.",
              "negation");
}

/* guard-11: what the sealed sets blind31 (general medicine), blind32 (orthopaedics, emergency) and
 * blind33 (psychiatry, neurology, infectious disease) taught. */
static void guard12_rules(void) {
    /* a clock time before a dash keeps its minutes ("14:20 - 34F" is no age range up to 34) */
    OK_PAIR("ED TRIAGE 14:20 - 34F, FALL FROM BIKE.", "Emergency triage at 14:20: a 34-year-old woman fell from her bike.");
    OK_PAIR("HANDOVER 19:30 - DAY->NIGHT.", "Handover at 19:30, day to night shift.");
    FLAG_PAIR("ED TRIAGE 14:20 - 34F, FALL FROM BIKE.", "Emergency triage at 14:30: a 34-year-old woman fell from her bike.",
              "numbers");
    /* "4-HRLY" is every 4 hours, and "1-HRLY" every hour */
    OK_PAIR("PLS CHECK BLOCK 4-HRLY.", "Please check the block every 4 hours.");
    FLAG_PAIR("PLS CHECK BLOCK 4-HRLY.", "Please check the block every 4 days.", "numbers");
    OK_PAIR("MORPHINE 5MG SC 1-HRLY PRN.", "Morphine 5 mg subcutaneously every hour as needed.");
    /* "2HR 172" glued is two hours, not a heart rate of 172 */
    FLAG_PAIR("OGTT 75G: FBS 98, 1HR 196, 2HR 172.", "75 g OGTT: fasting 98, 1 hour 196, 2 days 172.", "numbers");
    /* the empty slot of an insulin schedule may go unsaid */
    OK_PAIR("INJ MIXTARD 30/70 18U - 0 - 12U SC.", "Injection Mixtard 30/70, 18 units before breakfast and 12 units "
                                                  "before dinner, subcutaneously.");
    FLAG_PAIR("INJ MIXTARD 30/70 18U - 0 - 12U SC.", "Injection Mixtard 30/70, 18 units before breakfast, subcutaneously.",
              "numbers");
    /* X1 is a single dose; a number word the source writes as a count of its own is that count */
    OK_PAIR("DEXAMETHASONE 0.6 MG/KG PO (12 MG) X1.", "A single dose of oral dexamethasone 0.6 mg/kg (12 mg).");
    OK_PAIR("DUODENUM: 4X D2 + 1X D1 BX.", "Duodenum: four biopsies from D2 and one from D1.");
    FLAG_PAIR("DUODENUM: 4X D2 + 1X D1 BX.", "Duodenum: four biopsies from D2 and D1.", "numbers");
    OK_PAIR("A&OX3.", "Alert and oriented times three.");
    /* L-BUPIVACAINE is levobupivacaine */
    OK_PAIR("EPIDURAL L-BUPIVACAINE 0.1% + FENTANYL 2MCG/ML.", "Epidural levobupivacaine 0.1% with fentanyl 2 mcg/mL.");
    FLAG_PAIR("EPIDURAL L-BUPIVACAINE 0.1% + FENTANYL 2MCG/ML.", "Epidural fentanyl 2 mcg/mL.", "medication");
    /* a time limit is kept: "NOT BEFORE" */
    OK_PAIR("DALTEPARIN 5000 UNITS SC AT 22:00 - NOT BEFORE.", "Dalteparin 5000 units subcutaneously at 22:00, not before.");
    FLAG_PAIR("DALTEPARIN 5000 UNITS SC AT 22:00 - NOT BEFORE.", "Dalteparin 5000 units subcutaneously at 22:00 and before.",
              "negation");
    /* "L + R NECK" names both sides */
    FLAG_PAIR("RADIATION DERMATITIS L + R NECK.", "Radiation dermatitis of the right and right sides of the neck.",
              "laterality");
    /* the subject of a negated verb keeps the source's negation */
    OK_PAIR("GENEXPERT MTB NOT DETECTED.", "GeneXpert did not detect Mycobacterium tuberculosis.");
    OK_PAIR("PITOCIN NOT INDICATED AT THIS TIME.", "Pitocin (oxytocin) is not indicated at this time.");
    FLAG_PAIR("PITOCIN NOT INDICATED AT THIS TIME.", "Pitocin (oxytocin) is indicated at this time.", "negation");
    /* a result's sign compared on its own, where the rewrite spells the test out */
    OK_PAIR("CRAG NEG. INDIA INK NEG.", "Cryptococcal antigen was negative and India ink was negative.");
    FLAG_PAIR("CRAG NEG. INDIA INK NEG.", "Cryptococcal antigen was positive and India ink was negative.", "negation");
    /* "ruling out", an inflection, a negating prefix */
    OK_PAIR("GRBS 112 - HYPOGLYCEMIA RULED OUT.", "Random blood glucose is 112, ruling out hypoglycemia.");
    OK_PAIR("COUNSELLED RE COMPLIANCE. NO DRIVING.", "She was counselled regarding compliance and advised not to drive.");
    FLAG_PAIR("COUNSELLED RE COMPLIANCE. NO DRIVING.", "She was counselled regarding compliance and advised to drive.",
              "negation");
    OK_PAIR("20 WBCT: BLOOD NOT CLOTTED.", "The 20-minute whole blood clotting test showed unclotted blood.");
    /* "FEVER -" at the end of a line; "ABSENT," said of what precedes; "AG: BOTH NEGATIVE" */
    OK_PAIR("PAIN RIF X 2 DAYS, NAUSEA +, FEVER -\nGUARDING +", "Pain in the right iliac fossa for 2 days, with nausea "
                                                                "but no fever. Guarding is present.");
    OK_PAIR("DTR ABSENT, PLANTARS MUTE.", "Deep tendon reflexes were absent, and plantar responses were mute.");
    OK_PAIR("LEGIONELLA + PNEUMOCOCCAL URINARY AG: BOTH NEGATIVE.",
            "Legionella and pneumococcal urinary antigens were both negative.");
    /* 500 mg and 500 mcg: a unitless 500 of the source does not excuse the slip */
    FLAG_PAIR("T. LEVIPIL 500 BD. CONTINUE LEVIPIL 500MG 1-0-1.",
              "Levipil (levetiracetam) 500 mcg twice daily. Continue Levipil 500 mg twice daily.", "numbers");
    /* signs: HER2- before a period, a spaced sign in a list of signs, a prefix's negation */
    OK_PAIR("DX: CA BREAST L, ER+/PR+/HER2-.", "Diagnosis: left breast cancer, ER-positive, PR-positive, HER2-negative.");
    OK_PAIR("+ MCBURNEY PT TTP, + ROVSING, - PSOAS\nUS: NO TORSION", "There is tenderness at McBurney's point and a positive "
                                                                    "Rovsing sign; the psoas sign is negative. Ultrasound "
                                                                    "shows no torsion.");
    FLAG_PAIR("US PELVIS: NO TORSION. US APPY NONVISUALIZED.", "Pelvic ultrasound shows no torsion. The appendix was "
                                                              "visualized on ultrasound.", "negation");
    /* a side's count near a negation is the laterality check's */
    OK_PAIR("O/E: ABSENT BREATH SOUNDS RT. CXR: RT PNEUMOTHORAX.", "On examination, breath sounds were absent on the right. "
                                                                   "Chest X-ray showed a right pneumothorax.");
    /* boundaries: an arrow, a reason after a comma, a condition, a goal, a question's mark, a
       spaced dash the trigger closes */
    OK_PAIR("C-SPINE: NEXUS NEG -> CLEARED CLINICALLY.", "The NEXUS criteria are negative, so the cervical spine was "
                                                        "cleared clinically.");
    OK_PAIR("INJ MIDAZOLAM NOT REQUIRED (SEIZURE STOPPED SPONTANEOUSLY).", "Injection midazolam was not required, as the "
                                                                          "seizure stopped spontaneously.");
    OK_PAIR("NAPROXEN 500MG BD X 5/7 - AVOID IF DYSPEPSIA.", "Naproxen 500 mg twice daily for 5 days, to be avoided if "
                                                            "there is dyspepsia.");
    OK_PAIR("REPEAT BCX UNTIL NEG X48H.", "Repeat blood cultures until they have been negative for 48 hours.");
    OK_PAIR("PEN ALLERGY? NIL KNOWN.", "Penicillin allergy: none known.");
    FLAG_PAIR("PEN ALLERGY? NIL KNOWN.", "Penicillin allergy is known.", "negation");
    OK_PAIR("TOILET WITH RAIL - NONE FITTED.", "Toilet transfers require a rail, but none is fitted.");
    OK_PAIR("BREATH SOUNDS - ABSENT.", "Breath sounds are absent.");
    FLAG_PAIR("BREATH SOUNDS - ABSENT.", "Breath sounds are present.", "negation");
    OK_PAIR("DENIES AH/VH, NOT RESPONDING TO INTERNAL STIMULI.", "He denied auditory and visual hallucinations and did not "
                                                                "appear to be responding to internal stimuli.");
    /* medication names: a clipped name as a prefix, T waves,
       dextrose written short, a brand before its strength without a form */
    OK_PAIR("HBSS IN VOC, PAIN BOTH LEGS.", "HbSS sickle cell disease in a vaso-occlusive crisis, with pain in both legs.");
    OK_PAIR("EKG: PEAKED T, QRS 128MS.", "The ECG shows peaked T waves and a QRS duration of 128 ms.");
    OK_PAIR("IVF D5 1/2NS @ 100 ML/HR.", "IV fluids: 5% dextrose in half-normal saline at 100 mL/hour.");
    OK_PAIR("NAC 150 MG/KG IN 200 ML 5% D OVER 1 HR.", "N-acetylcysteine 150 mg/kg in 200 mL of 5% dextrose over 1 hour.");
    FLAG_PAIR("NAC 150 MG/KG IN 200 ML 5% D OVER 1 HR.", "150 mg/kg in 200 mL of 5% dextrose over 1 hour.", "medication");
    OK_PAIR("INJ NAHCO3 50 ML IV STAT. TAB MVT 1 OD.", "Injection sodium bicarbonate 50 mL IV immediately. Multivitamin "
                                                     "tablet, one once daily.");
    /* "once she is stable" is no count */
    FLAG_PAIR("1 EPISODE VOMITING. REFER PSYCH ONCE MEDICALLY STABLE.", "She has had episode of vomiting. Psychiatry "
                                                                         "referral once she is medically stable.",
              "numbers");
    /* OD after a route, a vitamin or a taper's THEN is once daily even in a note about eyes */
    OK_PAIR("NO EYE INJURY. TAB CALCIUM + VIT D3 OD. INJ VIT K 10MG IV OD X 3 DAYS.",
            "No eye injury. Tablet calcium with vitamin D3 once daily. Injection vitamin K 10 mg IV once daily for 3 days.");
    FLAG_PAIR("VA 6/9 OS. PRED FORTE 1% BD X1/52 THEN OD X1/52.",
              "Visual acuity 6/9 in the right eye. Pred Forte 1% twice daily for 1 week, then once daily for 1 week.",
              "laterality");
    /* "WEARING HELMET - NO" */
    OK_PAIR("2 WHEELER, WEARING HELMET - NO\nNO H/O LOC.", "He was riding a two-wheeler and was not wearing a helmet. There "
                                                           "was no history of loss of consciousness.");
    FLAG_PAIR("2 WHEELER, WEARING HELMET - NO\nNO H/O LOC.", "He was riding a two-wheeler and was wearing a helmet. There "
                                                             "was no history of loss of consciousness.", "negation");
    /* both and either before the organs; BSO, CTAB; RT review and adjuvant RT are radiotherapy;
       L&D is labour and delivery, NMDA-R a receptor */
    OK_PAIR("TOTAL THYROIDECTOMY. B/L RLN IDENTIFIED & PRESERVED.", "Total thyroidectomy was done; both recurrent laryngeal "
                                                                   "nerves were identified and preserved.");
    OK_PAIR("SLE: NO CELL/FLARE OU.", "Slit-lamp examination: no cells or flare in either eye.");
    OK_PAIR("POD 3 S/P TAH BSO.", "Postoperative day 3 after total abdominal hysterectomy with bilateral "
                                  "salpingo-oophorectomy.");
    OK_PAIR("ADJ RT: 60 GY/30 FR OVER 6 WKS.", "Adjuvant radiotherapy of 60 Gy in 30 fractions over 6 weeks.");
    OK_PAIR("ADMIT TO L&D. NMDA-R AB SENT.", "Admit to labour and delivery. NMDA receptor antibodies were sent.");
    /* a linking word inside a spelled-out abbreviation */
    OK_PAIR("NO UACR DONE.", "No urine albumin-to-creatinine ratio was done.");
    /* blind37 (gastroenterology, hepatology, surgery): a test's name before a dash, a parenthesis before a result, the passive of a denial, a
       hyphenated "-free" before its noun, UDCA, KPHOS, CPM, MM3, "3 mnths", INH OD */
    OK_PAIR("USG- MULTIPLE GB CALCULI, CBD 6 MM, NO CHOLEDOCHOLITHIASIS.",
            "Ultrasound shows multiple gallbladder calculi, a common bile duct of 6 mm and no choledocholithiasis.");
    OK_PAIR("LEAK TEST (METHYLENE BLUE) -VE.", "The methylene blue leak test was negative.");
    OK_PAIR("NS1 AG -VE, MP (SMEAR) -VE.", "NS1 antigen is negative, and the peripheral smear for malarial parasites is "
                                           "negative.");
    OK_PAIR("DENIES JAUNDICE, NO DIARRHOEA.", "Jaundice is denied, and there is no diarrhoea.");
    OK_PAIR("ADV: STRICT LIFELONG GLUTEN FREE DIET.", "Advice: a strict, lifelong gluten-free diet.");
    OK_PAIR("TAB UDCA 300MG BD. KPHOS 20 MMOL IV. CPM 10MG IV.", "Tablet ursodeoxycholic acid 300 mg twice daily. Potassium "
                                                                "phosphate 20 mmol IV. Chlorpheniramine 10 mg IV.");
    FLAG_PAIR("PCM 650MG PO, CPM 10MG IV, HC 100MG IV.", "Paracetamol 650 mg orally, 10 mg IV and hydrocortisone 100 mg IV.",
              "medication");
    OK_PAIR("DIAGNOSTIC TAP: PMN 640/MM3 -> SBP.", "Diagnostic tap: PMN 640 per cubic millimetre, consistent with SBP.");
    FLAG_PAIR("H/O SIMILAR EPISODE 3 MNTHS BACK.", "There is a history of a similar episode 3 years ago.", "numbers");
    OK_PAIR("GLAUCOMA - TIMOLOL 0.5% 1 DROP BE BD. TIOTROPIUM 18 MCG INH OD.",
            "Glaucoma, treated with timolol 0.5%, one drop in both eyes twice daily. Tiotropium 18 mcg inhaled once daily.");
    /* blind38 (pulmonology, critical care, anaesthesia): answers to questions, REQD, a
       condition with when, nil orally, "and to" a second instruction, "no change in", the
       passive of an observation, a measure named negative, TITRATE, a side after drops, VIA RT,
       a rate's trailing zero */
    OK_PAIR("NEOSTIGMINE GIVEN IN OT? NO\nPAIN: TAP BLOCK.", "Neostigmine had not been given in the operating theatre. "
                                                             "Pain management: TAP block.");
    FLAG_PAIR("NEOSTIGMINE GIVEN IN OT? NO\nPAIN: TAP BLOCK.", "Neostigmine had been given in the operating theatre. Pain "
                                                               "management: TAP block.", "negation");
    OK_PAIR("CONFUSED? NO (AMT 9/10).", "She is not confused (AMT 9/10).");
    OK_PAIR("INJ MEPHENTERMINE NOT REQD.", "Mephentermine was not required.");
    OK_PAIR("AVOID ALCOHOL & SEDATIVES, NO DRIVING IF DROWSY.", "Avoidance of alcohol and sedatives, and no driving when "
                                                               "drowsy.");
    OK_PAIR("NIL ORALLY SINCE 06:00 (SOLIDS).", "He has been nil orally for solids since 06:00.");
    OK_PAIR("NOT ADVISED TO TRAVEL WITHOUT OXYGEN. RETURN IMMEDIATELY IF WORSENING.",
            "He is advised not to travel without oxygen and to return immediately if he worsens.");
    OK_PAIR("NO CLUBBING CHANGE.", "There is no change in clubbing.");
    OK_PAIR("MALIGNANT CYTOLOGY NOT SEEN. NO AF DETECTED.", "No malignant cells were seen on cytology, and no atrial "
                                                            "fibrillation was detected.");
    OK_PAIR("RSBI 62, NIF -28 CMH2O.", "The RSBI was 62 and the negative inspiratory force -28 cmH2O.");
    OK_PAIR("START DEXMEDETOMIDINE 0.5 MCG/KG/HR, TITRATE 0.2-1 MCG/KG/HR TO RASS -1.",
            "Start dexmedetomidine at 0.5 mcg/kg/hr, titrating between 0.2 and 1 mcg/kg/hr to a RASS of -1.");
    OK_PAIR("CMC 0.5% E/D 2 DROPS B/L EYES Q4H.", "Carboxymethylcellulose 0.5% eye drops, 2 drops in both eyes every 4 hours.");
    OK_PAIR("TAB ASPIRIN 150MG VIA RT AT 6 HRS.", "Aspirin 150 mg via Ryle's tube at 6 hours.");
    FLAG_PAIR("INJ EPIRUBICIN VIA RT FOREARM CANNULA.", "Epirubicin through a cannula in the left forearm.", "laterality");
    FLAG_PAIR("PROPOFOL 1% @ 15 ML/HR.", "Propofol 1% at 15.0 mL/hr.", "do_not_use");
    /* blind39 (rheumatology, skin, eye, ENT, rehabilitation): the anatomy after a side in a
       negated phrase, the perfect passive, a denial closing its statement, combo, L SPINE */
    OK_PAIR("NO LN PALPABLE AXILLA B/L.", "No lymph nodes are palpable in either axilla.");
    OK_PAIR("NO TRIGGER IDENTIFIED; NSAID USE DENIED.", "No trigger has been identified, and the patient denies NSAID "
                                                        "use.");
    FLAG_PAIR("NO TRIGGER IDENTIFIED; NSAID USE DENIED.", "A trigger has been identified, and the patient denies NSAID "
                                                          "use.", "negation");
    OK_PAIR("USED OTC STEROID-ANTIFUNGAL COMBO CREAM - STOP.", "She used an over-the-counter steroid-antifungal "
                                                               "combination cream, which is to be stopped.");
    OK_PAIR("OSTEOPOROSIS - 66F, T-SCORE L SPINE -3.2.", "Osteoporosis in a 66-year-old woman, with a T-score of -3.2 at "
                                                        "the lumbar spine.");
    /* numbers: an amount restated in the parenthesis after it, a number word for a count glued
       into a code, dates with month names joined by dashes or an apostrophe, a month and a
       two-digit year */
    OK_PAIR("INJ UROKINASE 1 LAKH IU INTRAPLEURAL.", "Intrapleural urokinase 100,000 international units (1 lakh).");
    OK_PAIR("START ATT (4FDC) 3 TABS OD.", "Start antitubercular treatment with the four-drug fixed-dose combination "
                                           "(4FDC), 3 tablets once daily.");
    FLAG_PAIR("START ATT 3 TABS OD.", "Start antitubercular treatment with the four-drug combination, 3 tablets once daily.",
              "numbers");
    OK_PAIR("EMERGENCY / 19-Jan-24 / 1630h\n19 YR F.", "Emergency, 19 January 2024, 16:30 hours. A 19-year-old woman.");
    FLAG_PAIR("EMERGENCY / 19-Jan-24 / 1630h\n19 YR F.", "Emergency, 19 January 2023, 16:30 hours. A 19-year-old woman.",
              "numbers");
    OK_PAIR("1ST SEIZURE AUG '23.", "The first seizure was in August 2023.");
    OK_PAIR("REPORTED 01-Jun-2023.", "Reported on 1 June 2023.");
    OK_PAIR("HFREF (LVEF 30% ON ECHO 05/24).", "Heart failure with reduced ejection fraction (LVEF 30% on echocardiogram "
                                              "in May 2024).");
    /* frequencies: a single immediate dose is STAT; every N weeks is a schedule in weeks */
    OK_PAIR("DEXAMETHASONE 0.15MG/KG = 1.8MG PO STAT GIVEN.", "Dexamethasone 0.15 mg/kg (1.8 mg) was given orally as a "
                                                             "single immediate dose.");
    OK_PAIR("INJ ZOLEDRONIC ACID 4MG IV Q12 WEEKLY.", "Injection zoledronic acid 4 mg IV every 12 weeks.");
    OK_PAIR("MEPOLIZUMAB 100MG SC 4-WEEKLY.", "Mepolizumab 100 mg subcutaneously every 4 weeks.");
    FLAG_PAIR("MEPOLIZUMAB 100MG SC 4-WEEKLY.", "Mepolizumab 100 mg subcutaneously every 4 days.", "numbers");
    /* an eye's measure by side */
    FLAG_PAIR("VA L 6/18 UNAIDED. IOP L 28.", "Left unaided visual acuity is 6/18. Right intraocular pressure is 28.",
              "laterality");
    /* a sign written after its test reads backwards only; "not yet"; a goal with till */
    OK_PAIR("STAGE IIIA ER+/PR+/HER2- IDC OF L BREAST S/P L MRM.", "Stage IIIA ER-positive, PR-positive, HER2-negative "
                                                                   "invasive ductal carcinoma of the left breast, status "
                                                                   "post left modified radical mastectomy.");
    OK_PAIR("STAIRS NOT YET ASSESSED.", "Stairs have not yet been assessed.");
    FLAG_PAIR("STAIRS NOT YET ASSESSED.", "Stairs have been assessed.", "negation");
    /* a drug's strength said in no sentence that names a drug: the name was dropped */
    FLAG_PAIR("BPAD I. LITHIUM CARBONATE (PRIADEL) 800MG HS. LITHIUM LEVEL 0.7.",
              "Bipolar affective disorder type I, on 800 mg at bedtime. The lithium level is 0.7.", "medication");
    OK_PAIR("BPAD I. LITHIUM CARBONATE (PRIADEL) 800MG HS. LITHIUM LEVEL 0.7.",
            "Bipolar affective disorder type I, on lithium carbonate (Priadel) 800 mg at bedtime. The lithium level is 0.7.");
    OK_PAIR("TAB CHLORDIAZEPOXIDE 20MG QID X 2 DAYS.", "Chlordiazepoxide tablets are to be tapered: 20 mg four times daily for "
                                                      "2 days.");
    OK_PAIR("OGTT 75G: FASTING 88, 1 HR 170.", "A 75 g oral glucose tolerance test showed fasting 88, 1 hour 170.");
    /* blind40 (general practice): long British durations, a deltoid is anatomy, NO before a
       placeholder is a number's sign, a second thing to avoid, a volume given by a route is a
       dose, NACL */
    OK_PAIR("ALL ISSUED X 56/7. ROS 14/7. R/V 12/12.", "All were issued for 56 days. Removal of sutures in 14 days. Review "
                                                      "in 12 months.");
    FLAG_PAIR("ALL ISSUED X 56/7.", "All were issued for 56 weeks.", "numbers");
    OK_PAIR("MENOPAUSE REVIEW. 52F, LMP 14/12 AGO.", "Menopause review for a 52-year-old woman whose last menstrual period "
                                                     "was 14 months ago.");
    OK_PAIR("HYDROXOCOBALAMIN 1MG IM L DELTOID.", "Hydroxocobalamin 1 mg was given intramuscularly into the left deltoid.");
    OK_PAIR("FLUAD 0.5ML IM L DELTOID, BATCH NO ***, EXP ___.", "Fluad 0.5 mL was given intramuscularly into the left "
                                                               "deltoid, batch number ***, expiry ___.");
    FLAG_PAIR("FLUAD 0.5ML IM L DELTOID, BATCH NO ***, EXP ___.", "0.5 mL was given intramuscularly into the left deltoid, "
                                                                 "batch number ***, expiry ___.", "medication");
    OK_PAIR("AVOID BEER, SUGARY DRINKS.", "The patient was advised to avoid beer and sugary drinks.");
    OK_PAIR("3% NACL 100 ML IV OVER 20 MIN.", "She was given 3% sodium chloride 100 mL IV over 20 minutes.");
    /* blind41 (paediatrics): "%DEX" is dextrose, a left-to-right shunt has no side, TOTAL 10/7 */
    OK_PAIR("CORRECTED W/ 0.45%NACL+5%DEX+10MMOL KCL.", "These were corrected with 0.45% sodium chloride and 5% dextrose "
                                                      "with 10 mmol potassium chloride.");
    OK_PAIR("ECHO: PERIMEMBRANOUS VSD, L->R SHUNT.", "Echocardiography shows a perimembranous ventricular septal defect with "
                                                    "a left-to-right shunt.");
    OK_PAIR("CO-AMOXICLAV 8.5 ML BD, TOTAL 10/7 ABX COURSE.", "Co-amoxiclav 8.5 mL twice daily, to complete a total 10-day "
                                                             "course of antibiotics.");
    /* blind42 (psychiatry, addiction, geriatrics, palliative): Q4WEEKLY, a count after X, L > R */
    OK_PAIR("HALOPERIDOL DECANOATE 100MG IM Q4WEEKLY.", "Haloperidol decanoate 100 mg intramuscularly every 4 weeks.");
    FLAG_PAIR("HALOPERIDOL DECANOATE 100MG IM Q4WEEKLY.", "Haloperidol decanoate 100 mg intramuscularly every 4 days.",
              "numbers");
    OK_PAIR("OXYCODONE 5MG PO Q2H PRN (USED X 4 / 24H).", "Oxycodone 5 mg orally every 2 hours as needed, used 4 times in "
                                                         "24 hours.");
    FLAG_PAIR("C/O LLQ PAIN X 2D. CLEAR LIQ DIET X 2-3D.", "Left lower quadrant pain for 2 weeks. Clear liquid diet for 2 "
                                                           "to 3 days.", "numbers");
    FLAG_PAIR("COGWHEEL RIGIDITY B/L UPPER LIMBS, TREMOR L > R.", "Cogwheel rigidity in both upper limbs and a tremor worse "
                                                                  "on the left than the left.", "laterality");
    /* blind43 (obstetrics and gynaecology): RV before a time is a review; both adnexa */
    OK_PAIR("ANTI-D NOT REQD (O POS).\nRV 7-14 DAYS FOR REPEAT SCAN.", "Anti-D is not required (O positive). Review in 7 "
                                                                        "to 14 days for a repeat scan.");
    OK_PAIR("USG: NO IUP. ADNEXA NORMAL B/L.", "Ultrasound: no intrauterine pregnancy; both adnexa are normal.");
    /* blind44-45: END OF names when a test was done; a parenthesis and a copula before a
       result; a side inside a result's finding; R/O after what it rules out */
    OK_PAIR("SPUTUM AFB SMEAR END OF IP: NEGATIVE.", "The sputum AFB smear at the end of the intensive phase is negative.");
    OK_PAIR("COELIAC SEROLOGY (TTG) NEGATIVE.", "Coeliac serology (tTG) was negative.");
    OK_PAIR("AF WITH CONTROLLED VENTRICULAR RATE. LA CLOT ABSENT ON TEE.", "Atrial fibrillation with a controlled ventricular "
                                                                          "rate. Transoesophageal echocardiography showed no "
                                                                          "left atrial clot.");
    OK_PAIR("ALBUMIN 25G X2 GIVEN. SBP R/O (PMN 120).", "Albumin 25 g was given twice. Spontaneous bacterial peritonitis was "
                                                       "ruled out (PMN 120).");
    FLAG_PAIR("ALBUMIN 25G X2 GIVEN. SBP R/O (PMN 120).", "Albumin 25 g was given twice. Spontaneous bacterial peritonitis was "
                                                         "confirmed (PMN 120).", "negation");
    /* a one-word sentence written twice in a row is a loop */
    FLAG_PAIR("OGD. INDICATION: ANAEMIA.", "Oesophagogastroduodenoscopy. Oesophagogastroduodenoscopy. Indication: anaemia.",
              "repetition");
}

static void guard11_rules(void) {
    /* IVIG / ERIG / HRIG are immunoglobulins; TMP / SMX are co-trimoxazole's parts */
    OK_PAIR("IVIG 0.4 G/KG/DAY X 5 DAYS.", "Intravenous immunoglobulin 0.4 g/kg/day for 5 days.");
    OK_PAIR("ERIG 40 IU/KG INFILTRATED INTO WOUNDS.", "Equine rabies immunoglobulin 40 international units/kg was "
                                                       "infiltrated into the wounds.");
    OK_PAIR("TAB COTRIMOXAZOLE (TMP 15MG/KG/DAY) 2 DS TABS TDS.",
            "Cotrimoxazole (trimethoprim 15 mg/kg/day): 2 double-strength tablets three times daily.");
    FLAG_PAIR("IVIG 0.4 G/KG/DAY, INJ ENOXAPARIN 40MG SC OD.", "Enoxaparin 40 mg subcutaneously once daily; 0.4 g/kg/day.",
              "medication");
    /* "0.3 WK2": week 2's label is no unit of 0.3 (but 28W2D stays 28 weeks and 2 days) */
    OK_PAIR("DEXAMETHASONE 0.4MG/KG/DAY WK1, 0.3 WK2, 0.2 WK3.",
            "Dexamethasone 0.4 mg/kg/day in week 1, 0.3 mg/kg/day in week 2 and 0.2 mg/kg/day in week 3.");
    FLAG_PAIR("DEXAMETHASONE 0.4MG/KG/DAY WK1, 0.3 WK2.", "Dexamethasone 0.4 mg/kg/day in week 1, 0.3 mg/kg/day in week 3.",
              "numbers");
    FLAG_PAIR("PNV 28W2D.", "Prenatal visit at 28 months and 2 days.", "numbers");
    /* RIF with a susceptibility is rifampicin; RE before a word in a text without eyes is regarding */
    OK_PAIR("CBNAAT MTB DETECTED (RIF S). NEUROSURGERY OPINION RE HYDROCEPHALUS.",
            "CBNAAT detected Mycobacterium tuberculosis (rifampicin sensitive). The neurosurgical opinion regarding the "
            "hydrocephalus is awaited.");
    FLAG_PAIR("TENDERNESS RIF.", "Tenderness in the left iliac fossa.", "laterality");
    /* a Gram stain's sign is its result, compared as such, and no negation of what it stains */
    OK_PAIR("CSF GRAM -VE DIPLOCOCCI.", "The CSF showed gram-negative diplococci.");
    FLAG_PAIR("CSF GRAM -VE DIPLOCOCCI.", "The CSF showed gram-positive diplococci.", "negation");
    FLAG_PAIR("BLOOD C/S: GRAM +VE COCCI IN CLUSTERS.", "Blood culture: Gram negative cocci in clusters.", "negation");
    /* EXC after a negation is except, which ends its reach */
    OK_PAIR("NO OTHER SUBSTANCE EXC TOBACCO.", "There is no use of other substances except tobacco.");
    FLAG_PAIR("NO OTHER SUBSTANCE EXC TOBACCO.", "There is no use of other substances or tobacco.", "negation");
    /* blind32 (orthopaedics and emergency): sides written after what they side, as letter pairs,
       before a digit's name or an ordinal; B/E before a plaster is below-elbow */
    OK_PAIR("XR: # DISTAL RADIUS R, DORSAL ANGULATION. B/E POP SLAB APPLIED.",
            "X-ray shows a fracture of the right distal radius with dorsal angulation. A below-elbow plaster of Paris "
            "slab was applied.");
    FLAG_PAIR("XR: # DISTAL RADIUS R, DORSAL ANGULATION.", "X-ray shows a fracture of the left distal radius.", "laterality");
    FLAG_PAIR("DX: OCCULT RADIAL HEAD # (MASON I) L", "Diagnosis: occult radial head fracture (Mason I) on the right.",
              "laterality");
    OK_PAIR("ROTATES NECK 45 DEG L AND R.", "The neck rotates 45 degrees to the left and to the right.");
    FLAG_PAIR("GRIP WEAK R VS L.", "Grip is weaker on the right than on the right.", "laterality");
    OK_PAIR("L ring finger PIPJ dorsal dislocation.", "Dorsal dislocation of the PIP joint of the left ring finger.");
    FLAG_PAIR("L ring finger PIPJ dorsal dislocation.", "Dorsal dislocation of the PIP joint of the right ring finger.",
              "laterality");
    FLAG_PAIR("USS: COMPLETE RUPTURE L TENDO ACHILLES.", "Ultrasound shows a complete rupture of the right Achilles tendon.",
              "laterality");
    FLAG_PAIR("1 CM LAC OVER R 3RD MCPJ DORSUM.", "A 1 cm laceration over the dorsum of the left third MCP joint.",
              "laterality");
    OK_PAIR("O2 2 L VIA NASAL PRONGS. CIPRO R, GENTA S.",
            "Oxygen 2 L via nasal prongs. Resistant to ciprofloxacin, sensitive to gentamicin.");
    /* a survey's steps (A- PATENT) are no negation; a blood group's sign is */
    OK_PAIR("PRIMARY SURVEY: A- PATENT, B- RR 24, C- HR 112.",
            "Primary survey: the airway is patent; breathing: respiratory rate 24; circulation: heart rate 112.");
    FLAG_PAIR("BLOOD GROUP A- , RH NEG.", "Blood group A positive.", "negation");
    /* non-operative management, co-codamol, RIG, "POST NEB" */
    OK_PAIR("PLAN: NON-OP, VACOCAST BOOT, NWB 2 WKS.",
            "The plan is non-operative management in a VACOcast boot, non-weight-bearing for 2 weeks.");
    OK_PAIR("CO-CODAMOL 30/500 2 TABS QDS PRN. RIG INFILTRATED.",
            "Co-codamol 30/500 (codeine and paracetamol), 2 tablets four times daily as needed. Rabies immunoglobulin was "
            "infiltrated.");
    /* # is a fracture: its negation is compared like any finding's (not after a number: 30# is
       fractions) */
    OK_PAIR("XR PRE: DORSAL DISLOCATION PIPJ, NO #.", "The pre-reduction X-ray showed a dorsal PIP joint dislocation with no "
                                                      "fracture.");
    FLAG_PAIR("XR PRE: DORSAL DISLOCATION PIPJ, NO #.", "The pre-reduction X-ray showed a dorsal PIP joint dislocation with "
                                                        "a fracture.", "negation");
    OK_PAIR("ADJ RT 60 GY/30#.", "Adjuvant radiotherapy, 60 Gy in 30 fractions.");
    /* TT is no "tablets twice"; TXA is tranexamic acid */
    FLAG_PAIR("INJ TT 0.5ML IM GIVEN. TAB ACECLOFENAC 100MG BD X 5D.",
              "0.5 mL was given intramuscularly. Aceclofenac 100 mg tablets twice daily for 5 days.", "medication");
    FLAG_PAIR("TXA 1 GM IV OVER 10 MIN. FENTANYL 25 MCG/HR.", "1 g IV over 10 minutes. Fentanyl 25 mcg/hour.", "medication");
    OK_PAIR("TXA 1 GM IV OVER 10 MIN.", "Tranexamic acid 1 g IV over 10 minutes.");
    OK_PAIR("FRIII 0.1 U/KG/HR.", "Fixed-rate intravenous insulin infusion at 0.1 units/kg/hour.");
    /* blind31 (general medicine): a sign after NOT bounds the other way; EVEN carries no finding;
       NPH is an insulin; IV before a salt is the route; the L of MEQ/L is a litre; CO2's digit and
       CKD3A's stage */
    OK_PAIR("TARGET CORRECTION NOT >8 MMOL/L IN 24H.", "The target correction is no more than 8 mmol/L in 24 hours.");
    FLAG_PAIR("TARGET CORRECTION NOT >8 MMOL/L IN 24H.", "The target correction is more than 8 mmol/L in 24 hours.",
              "numbers");
    OK_PAIR("DO NOT STOP BASAL INSULIN EVEN IF NOT EATING.", "Basal insulin must not be stopped, even if he is not eating.");
    OK_PAIR("START NPH 12 UNITS SC AM.", "Start NPH insulin 12 units subcutaneously in the morning.");
    OK_PAIR("IV PHOSPHATE 15 MMOL OVER 6 HRS. MAGNESIUM SULPHATE 20 MMOL IV OVER 12 HRS.",
            "Intravenous phosphate 15 mmol over 6 hours and magnesium sulfate 20 mmol intravenously over 12 hours.");
    OK_PAIR("ADD KCL 20 MEQ/L ONCE K <5.2.", "Add potassium chloride 20 mEq/L once the potassium is below 5.2.");
    OK_PAIR("CEFTRIAXONE 2 GM IV OD. CO2 RETAINER.", "Ceftriaxone 2 g intravenously once daily; she retains carbon dioxide.");
    FLAG_PAIR("CEFTRIAXONE 2 GM IV OD. CO2 RETAINER.", "Ceftriaxone 1 g intravenously once daily; she retains carbon dioxide.",
              "numbers");
    OK_PAIR("AKI STAGE 2 ON CKD3A. K 5.4, HCO3 20.",
            "Acute kidney injury stage 2 on chronic kidney disease stage 3a. Potassium is 5.4 and bicarbonate 20.");
    /* counts said as frequencies, and 2° = secondary (tuned sets) */
    OK_PAIR("NOCTURIA X2. NO HEMATURIA.", "He has nocturia twice a night and no hematuria.");
    FLAG_PAIR("S/P PCI W/ DES X2 TO PROX LAD. TICAGRELOR 90MG BID.",
              "Status post PCI with drug-eluting stents to the proximal LAD. Ticagrelor 90 mg twice daily.", "numbers");
    OK_PAIR("NOCTURNAL SX 2X/MO.", "Nocturnal symptoms twice a month.");
    OK_PAIR("HYPONATRAEMIA 2° TO LRTI.", "Hyponatraemia secondary to a lower respiratory tract infection.");
    FLAG_PAIR("TEMP 2° C ABOVE BASELINE.", "Temperature 3 °C above baseline.", "numbers");
    /* blind34-36 (cardiology; oncology and haematology; nephrology, urology, endocrinology) */
    OK_PAIR("NO AR. TRIVIAL TR.", "There is no aortic regurgitation, only trivial tricuspid regurgitation.");
    OK_PAIR("TEE: NO LAA THROMBUS.", "Transesophageal echocardiography showed no left atrial appendage thrombus.");
    OK_PAIR("IMP: COMBINED PRE AND POST CAPILLARY PH.", "Impression: combined pre- and post-capillary pulmonary hypertension.");
    OK_PAIR("GOAL NET NEG 1-1.5L/DAY. NOT ON HOME ACEI D/T AKI.",
            "The goal is a net negative fluid balance of 1 to 1.5 L/day. He is not on his home ACE inhibitor because of "
            "acute kidney injury.");
    FLAG_PAIR("GOAL NET NEG 1-1.5L/DAY.", "The goal is a net positive fluid balance of 1 to 1.5 L/day.", "negation");
    OK_PAIR("NSVT ON HOLTER: ABSENT.", "Non-sustained ventricular tachycardia was absent on Holter monitoring.");
    OK_PAIR("ECG NO NEW CHANGES, DR INFORMED.", "The ECG showed no new changes, and the doctor was informed.");
    OK_PAIR("PLT TRANSFUSION NOT INDICATED UNLESS LIFE-THREATENING BLEED.",
            "Platelet transfusion is not indicated unless there is life-threatening bleeding.");
    OK_PAIR("ADJ MFOLFOX6 C5: OXALIPLATIN 85MG/M2, LV 400MG/M2, 5FU 400MG/M2 BOLUS.",
            "Adjuvant mFOLFOX6, cycle 5: oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and a fluorouracil bolus of 400 mg/m2.");
    OK_PAIR("CHL NS TYPE, STAGE IIA.", "Classical Hodgkin lymphoma, nodular sclerosis type, stage IIA.");
    OK_PAIR("RT LOWER POLE RENAL CALCULUS 9 MM, HU 720, SSD 8 CM.",
            "A 9 mm right lower pole renal calculus, 720 HU, with a skin-to-stone distance of 8 cm.");
    OK_PAIR("HD: QB 300, QD 500 ML/MIN.", "Haemodialysis: blood flow rate (Qb) 300 and dialysate flow rate (Qd) 500 mL/min.");
    FLAG_PAIR("TAB AMLODIPINE 5MG OD.", "Amlodipine 5 mg QD.", "do_not_use");
    OK_PAIR("PLAN: DIAGNOSTIC LAPAROSCOPY \xc2\xb1 ORCHIOPEXY.", "Plan: diagnostic laparoscopy with or without orchiopexy.");
    /* times: a pump's hour ranges with a leading zero, and a time before a dash keeps no volume */
    OK_PAIR("BASAL 0.8 U/HR 00-06, 1.0 U/HR 06-22, 0.7 U/HR 22-00.",
            "Basal rates are 0.8 units/hour from 00:00 to 06:00, 1 unit/hour from 06:00 to 22:00, and 0.7 units/hour "
            "from 22:00 to 00:00.");
    FLAG_PAIR("BASAL 0.8 U/HR 00-06, 1.0 U/HR 06-22.", "Basal rates are 0.8 units/hour from 00:00 to 06:00 and 1 unit/hour "
                                                       "from 06:00 to 20:00.", "numbers");
    OK_PAIR("PERICARDIOCENTESIS @ 0340 - 650 ML DRAINED.", "Pericardiocentesis was performed at 03:40 and 650 mL was drained.");
    FLAG_PAIR("RA DILATED.", "The left atrium is dilated.", "laterality");
    FLAG_PAIR("ECHO: LARGE PE, RA + RV DIASTOLIC COLLAPSE.",
              "Echo: a large pericardial effusion with left atrial and right ventricular diastolic collapse.", "laterality");
    OK_PAIR("SPO2 94% RA, RR 22.", "SpO2 94% on room air, respiratory rate 22.");
    OK_PAIR("INJ RASBURICASE 0.2MG/KG IV OD. AVOID ALLOPURINOL WITH RASBURICASE.",
            "Rasburicase 0.2 mg/kg IV once daily. Allopurinol is to be avoided with rasburicase.");
    FLAG_PAIR("AVOID ALLOPURINOL WITH RASBURICASE.", "Allopurinol may be given with rasburicase.", "negation");
    OK_PAIR("1 EPISODE GTCS 08/12 AT HOME.", "One generalized tonic-clonic seizure at home on 8 December.");
    OK_PAIR("REVIEW 2/12.", "Review in 2 months.");
    OK_PAIR("CMV PCR NOT DETECTED. STOOL C DIFF -VE.", "CMV PCR not detected. Stool C. difficile is negative.");
    FLAG_PAIR("STOOL C DIFF -VE.", "Stool C. difficile is positive.", "negation");
    OK_PAIR("SPO2 93% RA -> NEB SALBUTAMOL 5 MG STAT, SPO2 97% POST NEB.",
            "SpO2 was 93% on room air, so nebulised salbutamol 5 mg was given stat; SpO2 was 97% after the nebuliser.");
}

/* guard-13: the rules of the eleventh round of sealed sets and of the tuned sets' remaining
   false positives */
/* guard-14: round 14's general causes (session 8) */
/* guard-16: general causes left by round 15 and found in round 16 */
static void guard16_rules(void) {
    /* ", with ..." after a negated finding adds what is there */
    OK_PAIR("KUB X-RAY: NO RESIDUAL CALCULUS. DJ STENT IN SITU RT",
            "KUB X-ray shows no residual calculus, with the right DJ stent in situ.");
    FLAG_PAIR("KUB X-RAY: RESIDUAL CALCULUS. DJ STENT IN SITU RT",
              "KUB X-ray shows no residual calculus, with the right DJ stent in situ.", "negation");
    /* RT before a volume with no left side beside it is the Ryle's tube's aspirate */
    OK_PAIR("ABD DRAIN: 80 ML SEROSANGUINOUS. RT 200ML BILIOUS", "Abdominal drain 80 mL serosanguinous. Ryle's tube 200 mL bilious.");
    /* a drug's clause that has stated its frequency ends at the comma before a new item */
    OK_PAIR("TAB MONTAIR LC 1 HS X 15 DAYS, STEAM INHALATION BD. AVOID DUST/COLD",
            "Tablet Montair LC (montelukast/levocetirizine), 1 tablet at bedtime for 15 days; steam inhalation twice "
            "daily. Avoid dust and cold.");
    OK_PAIR("TIMOLOL 0.5% R BD, APRACLONIDINE 1% R STAT, PRED FORTE 1% R QDS",
            "Timolol 0.5% to the right eye twice daily; apraclonidine 1% to the right eye immediately; Pred Forte 1% to "
            "the right eye four times daily.");
    FLAG_PAIR("TAB MONTAIR LC 1 HS X 15 DAYS, STEAM INHALATION BD.",
              "Tablet Montair LC, 1 tablet twice daily for 15 days; steam inhalation twice daily.", "frequency");
    /* round 16: N/12 before HX is months; 12 MN is midnight; OME before mg is the oral morphine
       equivalent (otitis media with effusion elsewhere) */
    OK_PAIR("81M, 18/12 hx memory loss. ACE-III 71/100 (memory 12/26).",
            "An 81-year-old man with an 18-month history of memory loss. ACE-III score is 71/100 (memory 12/26).");
    OK_PAIR("PLANNED FOR PFN ON 22/09. NBM FROM 12 MN.", "Planned for PFN on 22/09. Nil by mouth from midnight.");
    OK_PAIR("Home: fentanyl 50 mcg/hr TD q72h. 24h OME ~ 210mg.",
            "Home: fentanyl 50 mcg/hour transdermal every 72 hours. Her 24-hour oral morphine equivalent is approximately "
            "210 mg.");
    FLAG_PAIR("4YO BILAT OME > 3/12. SPEECH DELAY", "A 4-year-old on morphine for more than three months. Speech delay.",
              "medication");
    /* a denial after a spaced dash is of what stands before it; a month is no finding */
    OK_PAIR("No alcohol. Cannabis - denies since March.", "No alcohol. The patient denies cannabis use since March.");
    FLAG_PAIR("No alcohol. Cannabis - denies since March.", "No alcohol. The patient uses cannabis since March.", "negation");
    /* a frequency right before "of" and the drug is the drug's */
    OK_PAIR("Given lorazepam 0.5mg PO stat at 02:15 last night.",
            "She was given a single dose of lorazepam 0.5 mg orally at 02:15 last night.");
    FLAG_PAIR("USG: B/L POLYCYSTIC OVARIES (RT 12 CC, LT 11 CC).",
              "Ultrasound shows bilateral polycystic ovaries (left 12 mL, left 11 mL).", "laterality");
}

/* guard-19: round 18's sets (blind67-69), read after their first contact */
static void guard19_rules(void) {
    /* dose times: "7a, 11a, 3p" and "(07/11/15/19h)"; "CKD 3A" is no time; a date range is no hours */
    OK_PAIR("Carbidopa/levodopa 25/100 1.5 tabs TID (7a, 11a, 3p, )",
            "Carbidopa/levodopa 25/100, 1.5 tablets three times daily (at 7 a.m., 11 a.m. and 3 p.m.).");
    FLAG_PAIR("Carbidopa/levodopa 25/100 1.5 tabs TID (7a, 11a, 3p, )",
              "Carbidopa/levodopa 25/100, 1.5 tablets three times daily (at 7 a.m., 11 a.m. and 5 p.m.).", "numbers");
    OK_PAIR("T2DM, HTN, CKD 3A", "Type 2 diabetes, hypertension and chronic kidney disease stage 3a.");
    OK_PAIR("Usual meds: Madopar 125mg QDS (07/11/15/19h) + Madopar CR 125mg nocte.",
            "His usual medications are Madopar 125 mg four times daily (at 07:00, 11:00, 15:00 and 19:00) and Madopar CR "
            "125 mg at night.");
    FLAG_PAIR("Usual meds: Madopar 125mg QDS (07/11/15/19h) + Madopar CR 125mg nocte.",
              "His usual medications are Madopar 125 mg four times daily (at 07:00, 11:00, 16:00 and 19:00) and Madopar "
              "CR 125 mg at night.", "numbers");
    OK_PAIR("ADM ***HOSP 02/05-06/05 WITH LRTI.",
            "The patient was admitted to *** Hospital from 02/05 to 06/05 with a lower respiratory tract infection.");
    /* re before a gerund or an ion is regarding; LT + PP is light touch and pinprick */
    OK_PAIR("Uses timolol 0.5% 1 drop OU BID for glaucoma - d/w ophtho re stopping.",
            "She uses timolol 0.5%, 1 drop in both eyes twice daily for glaucoma; to discuss with ophthalmology about "
            "stopping it.");
    OK_PAIR("PLAN: REPEAT U&E + ACR 3/12. DIETARY ADVICE RE K+.",
            "Plan: repeat U&E and ACR in 3 months. Dietary advice about potassium.");
    OK_PAIR("Neuro: 5/5 throughout, sensation intact to LT + PP. No saddle anesthesia.",
            "Neurologically, power is 5/5 throughout and sensation is intact to light touch and pinprick. There is no "
            "saddle anaesthesia.");
    FLAG_PAIR("LT ARM WEAKNESS 4/5.", "Right arm weakness 4/5.", "laterality");
    /* cc is flagged where the rewrite introduces it, not where it keeps the source's volume */
    OK_PAIR("CT: 35CC R TEMPORAL EDH WITH MIDLINE SHIFT.", "CT shows a 35 cc right temporal extradural haematoma with midline shift.");
    FLAG_PAIR("CT: 35ML R TEMPORAL EDH WITH MIDLINE SHIFT.",
              "CT shows a 35 cc right temporal extradural haematoma with midline shift.", "do_not_use");
    FLAG_PAIR("INJ LORAZEPAM 2 ML IV STAT.", "Lorazepam 2 cc IV immediately.", "do_not_use");
    /* "(NOT >5 DAYS)" is an upper bound; "148/92 L ARM" is the left arm; 92/55/22 is no date */
    OK_PAIR("OTRIVIN 0.1% 2 DROPS EACH NOSTRIL SOS (NOT >5 DAYS).",
            "Otrivin 0.1%, 2 drops into each nostril as needed, for no more than 5 days.");
    FLAG_PAIR("OTRIVIN 0.1% 2 DROPS EACH NOSTRIL SOS (NOT >5 DAYS).",
              "Otrivin 0.1%, 2 drops into each nostril as needed, for more than 5 days.", "numbers");
    OK_PAIR("HTN REVIEW. BP 148/92 L ARM SITTING, REPEAT 144/90.",
            "Hypertension review. Blood pressure was 148/92 mmHg in the left arm while sitting, and 144/90 on repeat.");
    FLAG_PAIR("HTN REVIEW. BP 148/92 L ARM SITTING, REPEAT 144/90.",
              "Hypertension review. Blood pressure was 148/92 mmHg in the right arm while sitting, and 144/90 on repeat.",
              "laterality");
    OK_PAIR("TRELEGY ELLIPTA 92/55/22MCG 1 PUFF OD.", "Trelegy Ellipta 92/55/22 micrograms, 1 puff once daily.");
    FLAG_PAIR("TRELEGY ELLIPTA 92/55/22MCG 1 PUFF OD.", "Trelegy Ellipta 92/55/25 micrograms, 1 puff once daily.", "numbers");
}

/* guard-20: round 19's sets (blind70-72), read after their first contact */
static void guard20_rules(void) {
    /* 93F at the head of its line is an age; R n L n is an eye's two sides; r/v 4/12 is months */
    OK_PAIR("TEP 14/03/24 16:40\n93F, severe frailty (CFS 8).",
            "Treatment escalation plan, 14 March 2024 at 16:40. A 93-year-old woman with severe frailty (CFS 8).");
    OK_PAIR("VA R 6/9 L 6/12. IOP R 19 L 26 mmHg @ 10:40",
            "Visual acuity right 6/9, left 6/12. Intraocular pressure at 10:40: right 19 mmHg, left 26 mmHg.");
    OK_PAIR("IOP R 19 L 26. Consider SLT L. r/v 4/12",
            "Intraocular pressure right 19, left 26. Consider SLT to the left eye. Review in 4 months.");
    FLAG_PAIR("IOP R 19 L 26. Consider SLT L. r/v 4/12",
              "Intraocular pressure right 19, left 26. Consider SLT to the left eye. Review in 6 months.", "numbers");
    /* PEFR after a form is no drug; 5FU is fluorouracil; a K range */
    OK_PAIR("Post nebs PEFR 340. No wheeze on R.", "After nebulisers, peak expiratory flow rate 340. No wheeze on the right.");
    OK_PAIR("FEC: 5FU 500MG/M2 IV", "FEC: fluorouracil (5-FU) 500 mg/m² IV.");
    FLAG_PAIR("FEC: 5FU 500MG/M2 IV", "FEC: 500 mg/m² IV.", "medication");
    OK_PAIR("PLT 22K - TRANSFUSE 1 SDP (KEEP >30-50K)",
            "Platelets 22,000 - transfuse 1 single-donor platelet unit (keep above 30,000-50,000).");
    FLAG_PAIR("PLT 22K - TRANSFUSE 1 SDP (KEEP >30-50K)",
              "Platelets 22,000 - transfuse 1 single-donor platelet unit (keep above 20,000-50,000).", "numbers");
}

/* guard-21: round 20's sets (blind73-75), read after their first contact */
static void guard21_rules(void) {
    OK_PAIR("Chest drain: Lido 1% 10mL LA, 12Fr Seldinger.",
            "Chest drain: 10 mL of 1% lidocaine local anaesthetic, 12 French Seldinger drain.");
    FLAG_PAIR("VF ARREST: LIDO 100MG IV STAT.",
              "Ventricular fibrillation arrest: 100 mg IV immediately.", "medication");
    OK_PAIR("TPT - INH 10MG/KG (300MG) OD X 6 MONTHS.",
            "Tuberculosis preventive therapy with isoniazid 10 mg/kg (300 mg) once daily for 6 months.");
    FLAG_PAIR("TPT - INH 10MG/KG (300MG) OD X 6 MONTHS.",
              "Tuberculosis preventive therapy with 10 mg/kg (300 mg) once daily for 6 months.", "medication");
    OK_PAIR("WOUND INFILTRATION 10ML 0.25% CHIROCAINE (25MG).",
            "The wound was infiltrated with 10 mL of 0.25% levobupivacaine (25 mg).");
    OK_PAIR("Carries 2 Auvi-Q 0.3mg.", "He carries two Auvi-Q 0.3 mg epinephrine auto-injectors.");
    OK_PAIR("AAI x2 in date.", "He has two adrenaline auto-injectors, both in date.");
    OK_PAIR("Given salbutamol nebs x3, Mg sulfate 2g IV.",
            "He was given three salbutamol nebulizer treatments and magnesium sulfate 2 g IV.");
    OK_PAIR("Test dose tolerated (FEV1 drop <10%).",
            "The test dose was tolerated, with an FEV1 drop of less than 10%.");
    OK_PAIR("T&C 2 UNITS PRBC.", "Type and crossmatch 2 units of packed red blood cells.");
    OK_PAIR("Movicol 2 sachets d1, then 1 sachet OD.", "Movicol, 2 sachets on day 1, then 1 sachet once daily.");
    OK_PAIR("APAP 4-20 cmH2O started, humidifier.", "Auto-titrating CPAP at 4-20 cmH2O was started with a humidifier.");
    FLAG_PAIR("APAP 4-20 cmH2O started. APAP 1G QDS.", "Auto-titrating CPAP at 4-20 cmH2O was started.", "medication");
    OK_PAIR("Airway clearance BD, not using PEP device.",
            "Airway clearance twice daily; she is not using a positive expiratory pressure device.");
    FLAG_PAIR("Airway clearance BD, not using PEP device.",
              "Airway clearance twice daily; she is using a positive expiratory pressure device.", "negation");
    OK_PAIR("Skin test: venom + at 1 mcg/mL; honeybee neg; wasp neg.",
            "Skin testing was positive to venom at 1 mcg/mL and negative to honeybee and wasp.");
    FLAG_PAIR("Skin test: honeybee neg; wasp neg.", "Skin testing was positive to honeybee and wasp.", "negation");
    OK_PAIR("NO significant OSA. Cannot r/o mild OSA given HSAT limitations.",
            "There is no significant obstructive sleep apnoea. Mild OSA cannot be ruled out given the "
            "limitations of the test.");
    OK_PAIR("PRE-TRANSFUSION HB 8.2. PRE-MED NOT NEEDED.",
            "Pre-transfusion haemoglobin 8.2. Premedication is not needed.");
    OK_PAIR("NO NSAID INTRAOP.", "No NSAID was given intraoperatively.");
    OK_PAIR("NECK RIGIDITY ABSENT (INFANT).", "Neck rigidity is absent (infant).");
    OK_PAIR("NG TUBE NOT ROUTINELY.", "A nasogastric tube is not used routinely.");
    FLAG_PAIR("NG TUBE NOT ROUTINELY.", "A nasogastric tube is used routinely.", "negation");
    OK_PAIR("NEXT ENOXAPARIN NOT BEFORE 12:15.", "The next dose of enoxaparin should not be given before 12:15.");
    OK_PAIR("Avoid exercise + hot baths 3h post dose.", "Avoid exercise and hot baths for 3 hours after each dose.");
    OK_PAIR("D/c with strict cashew/tree nut avoidance.",
            "Discharged with instructions for strict avoidance of cashews and tree nuts.");
    FLAG_PAIR("D/c with strict cashew/tree nut avoidance.",
              "Discharged with instructions to eat cashews and tree nuts.", "negation");
    OK_PAIR("ALLERGEN AVOIDANCE COUNSELLED.", "The patient was counselled on allergen avoidance.");
    OK_PAIR("Review with UAS7 diary.", "Review with a UAS7 (7-day Urticaria Activity Score) diary.");
    OK_PAIR("Min SpO2 74%, T90 22%.",
            "The minimum SpO2 was 74% and the T90 (time spent below 90% saturation) was 22%.");
    FLAG_PAIR("Min SpO2 74%, T90 22%.",
              "The minimum SpO2 was 74% and the T90 (time spent below 90% saturation) was 22% over 8 hours.",
              "numbers");
    OK_PAIR("On 7/7 pred 40mg OD.", "On a 7-day course of prednisolone 40 mg once daily.");
    FLAG_PAIR("On 7/7 pred 40mg OD.", "On a 5-day course of prednisolone 40 mg once daily.", "numbers");
    OK_PAIR("Next up-dose 2/52.", "Next up-dose in 2 weeks.");
    OK_PAIR("VIT A 2 LAKH IU ORALLY ONCE.", "Vitamin A 200,000 international units orally once.");
    FLAG_PAIR("VIT A 2 LAKH IU ORALLY ONCE.", "Vitamin A 100,000 international units orally once.", "numbers");
    OK_PAIR("No hx of SJS/TEN.", "There is no history of Stevens-Johnson syndrome or toxic epidermal necrolysis.");
    OK_PAIR("TOF 0/4, PTC 2.", "The train-of-four count was 0/4 with a post-tetanic count of 2.");
    OK_PAIR("PT A&OX3, PAIN 3/10.", "The patient is alert and oriented to person, place and time; pain is 3/10.");
    OK_PAIR("PT A&OX3.", "The patient is alert and oriented times three.");
    FLAG_PAIR("PT A&OX3.", "The patient is alert and oriented times two.", "numbers");
    OK_PAIR("Rv w/ download 6/52.", "Review with a device download in 6 weeks.");
    OK_PAIR("OUT 10:15. TO RECOVERY.", "The patient left theatre at 10:15 and went to recovery.");
    FLAG_PAIR("OUT 10:15. TO RECOVERY.",
              "The patient went to recovery at 10:15 with the left arm elevated.", "laterality");
    OK_PAIR("Used duonebs q4h.", "DuoNeb (ipratropium/albuterol) nebulizer treatments were used every 4 hours.");
    OK_PAIR("AERD - ASA DESENSITIZATION. ASA 81 MG.",
            "Aspirin-exacerbated respiratory disease: aspirin desensitization. Aspirin 81 mg.");
    OK_PAIR("PCA: LOCKOUT 10 MIN. IS 10x/hr while awake.",
            "PCA with a 10-minute lockout. Incentive spirometry 10 times per hour while awake.");
    OK_PAIR("MMR2 due 3y4m.", "MMR dose 2 is due at 3 years 4 months.");
    FLAG_PAIR("MMR2 due 3y4m.", "MMR dose 2 is due at 3 years 6 months.", "numbers");
    OK_PAIR("K/C/O BA ON BUDECORT 200 MCG BD + TAB MONTELUKAST 5 MG HS. C/O BREATHLESSNESS SINCE LAST NIGHT.",
            "A known asthmatic on Budecort (budesonide) 200 mcg twice daily and montelukast tablets 5 mg at "
            "bedtime, presented with breathlessness since last night.");
}

/* guard-22: round 21's sets (blind76, blind78), read after their first contact */
static void guard22_rules(void) {
    OK_PAIR("CAP - CURB65 4. ADMITTED ICU.",
            "Community-acquired pneumonia with a CURB-65 score of 4. Admitted to the ICU.");
    OK_PAIR("2 PIV 18G BILAT AC.", "Two 18-gauge peripheral IVs are in place, one in each antecubital fossa.");
    FLAG_PAIR("2 PIV 18G BILAT AC.",
              "Two 18-gauge peripheral IVs are in place in the left antecubital fossa.", "laterality");
    OK_PAIR("HYPO X0 OVERNIGHT.", "There were no hypoglycaemic episodes overnight.");
    FLAG_PAIR("HYPO X0 OVERNIGHT.", "There were hypoglycaemic episodes overnight.", "negation");
    OK_PAIR("POST CABG X3.", "Following triple coronary artery bypass grafting.");
    FLAG_PAIR("POST CABG X3.", "Following double coronary artery bypass grafting.", "numbers");
    OK_PAIR("S/P VF ARREST. PROGNOSTICATION NOT BEFORE 72H POST ROSC.",
            "Status post VF arrest. Prognostication should not take place before 72 hours after ROSC.");
    FLAG_PAIR("PROGNOSTICATION NOT BEFORE 72H POST ROSC.",
              "Prognostication should take place at 72 hours after ROSC.", "negation");
    OK_PAIR("INTUBATED - RSI THIOPENTONE/ROC.",
            "Intubated by rapid sequence induction with thiopentone and rocuronium.");
    OK_PAIR("TAB ASPIRIN 150MG OD VIA RT. NPO EXCEPT RT.",
            "Aspirin 150 mg tablet once daily via Ryle's tube. Nil by mouth except via the Ryle's tube.");
    OK_PAIR("BLOOD TRANSFUSION 1 UNIT PRBC IF HB <7.",
            "Transfuse 1 unit of packed red blood cells if haemoglobin falls below 7.");
    OK_PAIR("PRECEDEX CONSIDERED - NOT STARTED.", "Precedex (dexmedetomidine) was considered but not started.");
    OK_PAIR("PRESSURE AREAS INTACT, 2/24 TURNS.", "Pressure areas are intact, with two-hourly turns.");
    FLAG_PAIR("PRESSURE AREAS INTACT, 2/24 TURNS.", "Pressure areas are intact, with four-hourly turns.", "numbers");
    OK_PAIR("L PIVC 20G IN SITU.", "A left 20-gauge peripheral IV cannula remains in situ.");
    OK_PAIR("Unescorted grounds leave 30 min x 2/day.", "Unescorted grounds leave for 30 minutes twice a day.");
    OK_PAIR("MSE: EEC+, RT established.",
            "Mental state examination: eye-to-eye contact is maintained and rapport was established.");
    OK_PAIR("R temporal artery thickened, pulse absent.",
            "The right temporal artery is thickened with an absent pulse.");
    OK_PAIR("RT given 23:40. Lorazepam 2mg IM STAT (L thigh).",
            "Rapid tranquillisation was given at 23:40: lorazepam 2 mg intramuscularly immediately into the "
            "left thigh.");
    OK_PAIR("1% lidocaine w/ epi, 1 mL each site.", "1% lidocaine with epinephrine, 1 mL at each site.");
    OK_PAIR("Hep B/C, HIV, Ig levels checked.", "Hepatitis B and C, HIV and immunoglobulin levels were checked.");
    OK_PAIR("Avoid reassurance seeking - explained to husband.",
            "The need to avoid reassurance-seeking was explained to her husband.");
    OK_PAIR("Offer bupe induction when in w/d.", "Offer buprenorphine induction once the patient is in withdrawal.");
    OK_PAIR("DIF: linear IgG & C3 at BMZ.",
            "Direct immunofluorescence shows linear IgG and C3 at the basement membrane zone.");
    OK_PAIR("No reaction (type 1/2) at present.", "There is no type 1 or type 2 reaction at present.");
    OK_PAIR("FUROSEMIDE 40MG IV BD, TARGET NEG BALANCE 1 L/DAY.",
            "Furosemide 40 mg IV twice daily, targeting a negative balance of 1 L per day.");
}

/* guard-23: blind77, blind79 and blind80, read after their first contact */
static void guard23_rules(void) {
    OK_PAIR("ADV: INJ HAI 8-8-6 U SC.", "Advice: injection human Actrapid insulin 8-8-6 units subcutaneously.");
    OK_PAIR("TAB ACECLO-P BD X 5D.", "Tablet aceclofenac-paracetamol twice daily for 5 days.");
    OK_PAIR("ADV: ABSTINENCE FROM ALCOHOL, REVIEW AFTER 2 WKS.",
            "Advice: abstain from alcohol, and review after 2 weeks.");
    OK_PAIR("ADVISED STRICT ALCOHOL ABSTINENCE, LOW FAT DIET.",
            "He was advised strict abstinence from alcohol and a low-fat diet.");
    FLAG_PAIR("ADVISED STRICT ALCOHOL ABSTINENCE, LOW FAT DIET.",
              "He was advised to continue alcohol and a low-fat diet.", "negation");
    OK_PAIR("NOT PASSED FLATUS X 2 DAYS. POST OP: PASSED FLATUS POD 3.",
            "He had not been passing flatus for 2 days. Postoperatively, he passed flatus on postoperative day 3.");
    OK_PAIR("3% NACL 100 ML OVER 1 HR X 1, FLUID RESTRICTION.",
            "A single dose of 3% sodium chloride 100 mL over 1 hour, and fluid restriction.");
    OK_PAIR("ANKLE JERKS ABSENT B/L, PLANTARS EXTENSOR B/L.",
            "Ankle jerks were absent bilaterally, and the plantar responses were extensor bilaterally.");
    FLAG_PAIR("ANKLE JERKS ABSENT B/L, PLANTARS EXTENSOR B/L.",
              "Ankle jerks were present bilaterally, and the plantar responses were extensor bilaterally.", "negation");
    OK_PAIR("PN HD4\n52M DM2.", "Progress note, hospital day 4.\nA 52-year-old man with type 2 diabetes.");
    FLAG_PAIR("PN HD4\n52M DM2.", "Progress note, hospital day 6.\nA 52-year-old man with type 2 diabetes.", "numbers");
    OK_PAIR("ADM 4/2 W/ AKI. F/U: HF CLINIC 4/16. LABS 4/12.",
            "Admitted on April 2 with acute kidney injury. Follow-up: heart failure clinic on April 16. "
            "Labs on April 12.");
    FLAG_PAIR("ADM 4/2 W/ AKI. F/U: HF CLINIC 4/16. LABS 4/12.",
              "Admitted on April 2 with acute kidney injury. Follow-up: heart failure clinic on April 16. "
              "Labs on April 14.",
              "numbers");
    OK_PAIR("NA 124 -> 129 (GOAL RISE <8/24H).",
            "Sodium has risen from 124 to 129 (goal rise of less than 8 in 24 hours).");
    OK_PAIR("DELIRIUM: AVOID BENZOS, GLASSES/HEARING AIDS ON.",
            "Delirium: avoid benzodiazepines, and keep his glasses and hearing aids on.");
    OK_PAIR("NOCTURNAL BIPAP - HOME SETUP NEEDED, RT AWARE.",
            "She needs nocturnal BiPAP and a home setup; respiratory therapy is aware.");
    OK_PAIR("ASA 81MG - RESUME IN 7 DAYS. CLOPIDOGREL NOT ON.",
            "Aspirin 81 mg is to be resumed in 7 days. He is not on clopidogrel.");
    FLAG_PAIR("ASA 81MG - RESUME IN 7 DAYS. CLOPIDOGREL NOT ON.",
              "Aspirin 81 mg is to be resumed in 7 days. He is on clopidogrel.", "negation");
    OK_PAIR("STOPPED: OMEPRAZOLE 20MG (NO INDICATION).",
            "Stopped: omeprazole 20 mg, because of the lack of an indication.");
    OK_PAIR("NOW NYHA I-II.", "Now NYHA class I–II.");
    FLAG_PAIR("NOW NYHA I-II.", "Now NYHA class II–III.", "numbers");
}

/* guard-24: blind81, read after its first contact (and a guard-23 regression on it) */
static void guard24_rules(void) {
    OK_PAIR("Cap. Cefixime 200mg 1+0+1 x 5 days",
            "Capsule cefixime 200 mg twice daily (morning and night) for 5 days.");
    FLAG_PAIR("Cap. Cefixime 200mg 1+0+1 x 5 days",
              "Capsule cefixime 200 mg three times daily for 5 days.", "frequency");
    OK_PAIR("VIT A NOT GIVEN (RECEIVED AT CAMPAIGN 1/12 AGO). ATE 1/3 SACHET.",
            "Vitamin A was not given because she received it at a campaign 1 month ago. She ate one third of a "
            "sachet.");
    OK_PAIR("ASV 10 vials in 200ml N/S over 1 hr.", "Anti-snake venom 10 vials in 200 mL normal saline over 1 hour.");
    OK_PAIR("RX: AL (20/120) 2 TABS BD X 3/7.",
            "Treatment: artemether-lumefantrine (20/120 mg) 2 tablets twice daily for 3 days.");
}

/* guard-25: round 23 (blind82-84), read after its first contact */
static void guard25_rules(void) {
    OK_PAIR("4hrs obs: nil further vomiting, playing.",
            "After 4 hours of observation she had no further vomiting and was playing.");
    OK_PAIR("EMS: D50 25 g IV given.", "EMS gave 25 g of D50 IV.");
    OK_PAIR("Smoker: never. Alcohol 6 u/wk.", "The patient has never smoked and drinks 6 units of alcohol per week.");
    FLAG_PAIR("Smoker: never. Alcohol 6 u/wk.",
              "The patient is a smoker and drinks 6 units of alcohol per week.", "negation");
    OK_PAIR("TEL TRIAGE - mum re 14mo boy, fever 38.8.",
            "Telephone triage: the mother called about her 14-month-old son, who has a fever of 38.8 °C.");
    OK_PAIR("Exam: SLR neg bilat, strength 5/5 BLE.",
            "Exam: negative straight leg raise bilaterally, strength 5/5 in both lower extremities.");
    OK_PAIR("Transperineal bx: Gleason 4+3=7, L side 6/12 cores, R side benign.",
            "Transperineal biopsy: Gleason 4+3=7 in 6 of 12 cores on the left side; the right side was benign.");
    OK_PAIR("GRAFT BX: ACUTE TCMR BANFF IB.", "Graft biopsy shows acute T-cell-mediated rejection, Banff grade IB.");
    OK_PAIR("POST RT 3 MONTHS. ON TAC 2MG BD.",
            "Three months after renal transplantation, on tacrolimus 2 mg twice daily.");
    OK_PAIR("FERRITIN 86 - INJ FCM 500MG IV OVER 15 MIN GIVEN.",
            "Ferritin is 86, and ferric carboxymaltose 500 mg was given intravenously over 15 minutes.");
    FLAG_PAIR("FERRITIN 86 - INJ FCM 500MG IV OVER 15 MIN GIVEN.",
              "Ferritin is 86, and 500 mg was given intravenously over 15 minutes.", "medication");
    OK_PAIR("CURRENT: SPIRIVA 18MCG 1 CAP INH MANE, VENTOLIN PRN.",
            "Current treatment is Spiriva (tiotropium) 18 micrograms, one capsule inhaled in the morning, and "
            "Ventolin (salbutamol) as needed.");
}

/* guard-26: what guard-25 broke on round 23, and round 24 (blind85-87), read after its first contact */
static void guard26_rules(void) {
    /* RT after via is the Ryle's tube only where it closes its item */
    OK_PAIR("PLAN - HD TODAY VIA RT IJV TEMP CATH.", "Plan: haemodialysis today via a temporary right internal jugular catheter.");
    FLAG_PAIR("PLAN - HD TODAY VIA RT IJV TEMP CATH.", "Plan: haemodialysis today via a temporary left internal jugular catheter.",
              "laterality");
    /* Movicol is a drug of its own (its BD is not the senna's); a vulgar half is 0.5 */
    OK_PAIR("Bowel prep: senna 15mg nocte + Movicol 1 sachet BD.",
            "Bowel preparation: senna 15 mg at night and Movicol (macrogol) 1 sachet twice daily.");
    OK_PAIR("T. SEPTRAN DS \xc2\xbd OD.", "Septran DS, half a tablet once daily.");
    OK_PAIR("T. SEPTRAN DS \xc3\x82\xc2\xbd OD.", "Septran DS, half a tablet once daily.");
    FLAG_PAIR("T. SEPTRAN DS \xc2\xbd OD.", "Septran DS, one tablet once daily.", "numbers");
    /* LA before how dilated it is is the left atrium; "consistent with" starts the reading drawn */
    FLAG_PAIR("LA MILDLY DILATED, LAVI 38ML/M2.", "The right atrium is mildly dilated, with a LAVI of 38 mL/m2.", "laterality");
    OK_PAIR("ECG: NARROW QRS TACHYCARDIA, NO P WAVES - PSVT.",
            "ECG shows a narrow-QRS tachycardia with no P waves, consistent with PSVT.");
    /* an age in months before the sex; AMOXY-CLAV */
    OK_PAIR("18/12 F. Simple febrile convulsion at home.", "An 18-month-old girl had a simple febrile convulsion at home.");
    FLAG_PAIR("18/12 F. Simple febrile convulsion at home.", "A 16-month-old girl had a simple febrile convulsion at home.",
              "numbers");
    OK_PAIR("PLAN: SWITCH TO ORAL AMOXY-CLAV 625MG TDS.", "Plan: switch to oral amoxicillin-clavulanate 625 mg three times daily.");
    /* a gestational age after a word of delivery */
    OK_PAIR("EL LSCS - breech, 39+0. Spinal.", "Elective caesarean section for breech presentation at 39 weeks and 0 days, under "
            "spinal anaesthesia.");
    FLAG_PAIR("EL LSCS - breech, 39+0. Spinal.", "Elective caesarean section for breech presentation at 39 months and 0 days, "
              "under spinal anaesthesia.", "numbers");
}

/* guard-27: round 25's sets (blind88-90), read after their first contact */
static void guard27_rules(void) {
    /* an a- word is a negation only for a state it names absent (accelerations negate nothing) */
    FLAG_PAIR("FHT baseline 135, mod variability, +accels, no decels. Cat I.",
              "The fetal heart tracing shows a baseline of 135, moderate variability, accelerations present, "
              "and decelerations (Category I).",
              "negation");
    OK_PAIR("FHT baseline 135, mod variability, +accels, no decels. Cat I.",
            "The fetal heart tracing shows a baseline of 135, moderate variability, accelerations present, "
            "and no decelerations (Category I).");
    /* "no further" / "nil further" negate what follows; not a list head across a comma */
    FLAG_PAIR("NA Q2H.\nNO FURTHER SEIZURES",
              "Sodium every 2 hours. There have been further seizures.",
              "negation");
    OK_PAIR("NA Q2H.\nNO FURTHER SEIZURES",
            "Sodium every 2 hours. There have been no further seizures.");
    OK_PAIR("4hrs obs: tolerating fluids, nil further vomiting, playing.",
            "After 4 hours of observation, she was tolerating fluids, had no further vomiting, and was "
            "playing.");
    /* a gerund after a dosage form and a word after a full form word past its period are no drug; SOLN is a form */
    OK_PAIR("Start enoxaparin 60mg SQ q12h. Teach self-injection today.",
            "Start enoxaparin 60 mg subcutaneously every 12 hours. Self-injection teaching will be done "
            "today.");
    OK_PAIR("unable to walk today 2* dizziness, bp lying 118/70 standing 96/60\ninformed drs re postural "
            "drop. reattempt am",
            "She was unable to walk today because of dizziness; her blood pressure was 118/70 lying and "
            "96/60 standing. The doctors have been informed of the postural drop. Mobilisation will be "
            "reattempted in the morning.");
    OK_PAIR("PARACETAMOL 1G QDS, MORPHINE SULPHATE ORAL SOLN 2.5MG 4HRLY PRN",
            "Paracetamol 1 g four times daily, and oral morphine sulfate solution 2.5 mg every 4 hours as "
            "needed.");
    /* D5 after a word of when, not before a volume, is a day of the course */
    OK_PAIR("FLUCLOXACILLIN 2G IV QID + RIFAMPICIN 450MG PO BD (START D5 ONCE DRAIN OUT)",
            "Flucloxacillin 2 g intravenously four times daily, plus rifampicin 450 mg orally twice daily, "
            "to start on day 5 once the drain is out.");
    FLAG_PAIR("FLUCLOXACILLIN 2G IV QID + D5 500ML IV OVER 4H",
              "Flucloxacillin 2 g intravenously four times daily, and 500 mL intravenously over 4 hours from "
              "day 5.",
              "medication");
    /* a mixed number ("2 1/2", "2 and a half" and the vulgar half glued on) is one amount */
    OK_PAIR("2 1/2 YR MALE CHILD, ACCIDENTAL INGESTION OF KEROSENE.",
            "A 2\xc2\xbd-year-old boy accidentally ingested kerosene.");
    FLAG_PAIR("2 1/2 YR MALE CHILD, ACCIDENTAL INGESTION OF KEROSENE.",
              "A 3-year-old boy accidentally ingested kerosene.",
              "numbers");
    OK_PAIR("TAB LABETALOL 1 1/2 TAB BD",
            "Labetalol one and a half tablets twice daily.");
    FLAG_PAIR("TAB LABETALOL 1 TAB BD",
              "Labetalol one and a half tablets twice daily.",
              "numbers");
    /* 2* is secondary (to); no course has 52 cycles (3/52 after CYCLE is three weeks) */
    OK_PAIR("34/F, IDA 2* MENORRHAGIA. HB 7.8 G/DL",
            "A 34-year-old woman with iron deficiency anaemia secondary to menorrhagia. Haemoglobin 7.8 "
            "g/dL.");
    OK_PAIR("TRASTUZUMAB 600MG SC. NEXT CYCLE 3/52.",
            "Trastuzumab 600 mg subcutaneously. The next cycle is in 3 weeks.");
    FLAG_PAIR("TRASTUZUMAB 600MG SC. NEXT CYCLE 3/52.",
              "Trastuzumab 600 mg subcutaneously. The next cycle is in 3 months.",
              "numbers");
    /* in a note on cancer treatment, RT before no part of the body is radiotherapy */
    OK_PAIR("CA LT BUCCAL MUCOSA, ON ADJ CRT 60GY/30#.\nRT + CHEMO DAY CARE - CISPLATIN WK 4",
            "Carcinoma of the left buccal mucosa, on adjuvant chemoradiotherapy of 60 Gy in 30 "
            "fractions.\nRadiotherapy and chemotherapy day care: cisplatin, week 4.");
    FLAG_PAIR("CA BREAST, S/P LUMPECTOMY + RT 2022. RT AXILLA TENDER.",
              "Breast cancer, status post lumpectomy and radiotherapy in 2022. The left axilla is tender.",
              "laterality");
    /* a Unicode dash ends a word as a hyphen does; a regimen glossed with the source's capitals (BR) */
    OK_PAIR("PIP-TAZ 4.5G IV STAT GIVEN 0240",
            "Piperacillin\xe2\x80\x93tazobactam 4.5 g IV stat was given at 02:40.");
    FLAG_PAIR("PIP-TAZ 4.5G IV STAT GIVEN 0240",
              "Piperacillin 4.5 g IV stat was given at 02:40.",
              "medication");
    OK_PAIR("FL GR 1-2. BR C1D1\nINJ RITUXIMAB 375MG/M2 (640MG)\nINJ BENDAMUSTINE 90MG/M2 D1-2",
            "Follicular lymphoma, grade 1\xe2\x80\x93""2. Bendamustine\xe2\x80\x93rituximab (BR), cycle 1 day 1.\nRituximab 375 "
            "mg/m\xc2\xb2 (640 mg).\nBendamustine 90 mg/m\xc2\xb2 on days 1\xe2\x80\x93""2.");
    /* "an immediate dose" is STAT; a crystal's negative birefringence is no negation */
    OK_PAIR("CO-AMOXICLAV 1.2G IV STAT GIVEN",
            "Co-amoxiclav 1.2 g was given intravenously as an immediate dose.");
    FLAG_PAIR("CO-AMOXICLAV 1.2G IV STAT GIVEN",
              "Co-amoxiclav 1.2 g was given intravenously.",
              "frequency");
    OK_PAIR("ASPIRATE: 40ML TURBID FLUID, NEG BIREFRINGENT CRYSTALS SEEN, GRAM STAIN NO ORGANISMS",
            "Aspiration yielded 40 mL of turbid fluid; negatively birefringent crystals were seen, and the "
            "Gram stain showed no organisms.");
    /* an answer after "? -" negates the question, unless said again with a negation of its own */
    OK_PAIR("POST-OP: RESTART APIXABAN 2.5MG BD? - NO, RESTART USUAL 5MG BD 24H POST-OP IF HAEMOSTASIS OK",
            "Postoperatively, apixaban should not be restarted at 2.5 mg twice daily; instead, the usual "
            "dose of 5 mg twice daily should be restarted 24 hours after surgery if haemostasis is "
            "satisfactory.");
    FLAG_PAIR("NEOSTIGMINE GIVEN? - NO",
              "Neostigmine was given.",
              "negation");
    OK_PAIR("CC: SOB x 2d. 58M, COPD on home O2? - no, not on home O2.",
            "Chief complaint: shortness of breath for 2 days. A 58-year-old man with COPD who is not on "
            "home oxygen.");
    /* an ordinal names a part: no statement after a comma */
    OK_PAIR("R lat ankle sprain, ATFL tender, no bony tenderness malleoli/5th MT/navicular",
            "Right lateral ankle sprain, with tenderness over the anterior talofibular ligament and no bony "
            "tenderness over the malleoli, the fifth metatarsal or the navicular.");
    FLAG_PAIR("R lat ankle sprain, ATFL tender, no bony tenderness malleoli/5th MT/navicular",
              "Right lateral ankle sprain, with tenderness over the anterior talofibular ligament and no bony "
              "tenderness over the malleoli; the fifth metatarsal and the navicular are tender.",
              "negation");
    /* a modifier of a head noun the source always negates ("avoiding fluid overload") */
    OK_PAIR("Plan: IVF LR @ 75 mL/hr (avoid overload).",
            "Plan: IV lactated Ringer's at 75 mL/hr, avoiding fluid overload.");
    FLAG_PAIR("LOOSE STOOLS X 6 EPISODES. NO BLOOD IN STOOLS.",
              "There were no loose stools, 6 episodes. There was no blood in the stools.",
              "negation");
    /* "NOT POSSIBLE" after what it says cannot be done */
    OK_PAIR("NO FASCICULATIONS. NECK LIFT NOT POSSIBLE - ?INTERMEDIATE SYNDROME.",
            "There are no fasciculations. The patient is unable to lift the neck, raising the possibility "
            "of intermediate syndrome.");
    FLAG_PAIR("NO FASCICULATIONS. NECK LIFT POSSIBLE.",
              "There are no fasciculations. The patient is unable to lift the neck.",
              "negation");
    /* a lakh glossed in millions before its unit; MU / MIU are million units, MU/MIN milliunits; MILL a million */
    OK_PAIR("INJ C.PENICILLIN 15 LAKH UNITS IV Q6H.",
            "Crystalline penicillin 15 lakh (1.5 million) units intravenously every 6 hours.");
    FLAG_PAIR("INJ C.PENICILLIN 15 LAKH UNITS IV Q6H.",
              "Crystalline penicillin 2.5 million units intravenously every 6 hours.",
              "numbers");
    OK_PAIR("INJ BENZATHINE PENICILLIN 1.2 MU DEEP IM EVERY 3 WKS.",
            "Benzathine penicillin 1.2 million units deep intramuscularly every 3 weeks.");
    OK_PAIR("OXYTOCIN 2 MU/MIN, MAX 20 MU/MIN.",
            "Oxytocin 2 milliunits per minute, to a maximum of 20 milliunits per minute.");
    OK_PAIR("SEMEN: COUNT 42 MILL/ML, MOTILITY 55%",
            "Semen: count 42 million/mL, motility 55%.");
    /* initials skip the second half of a hyphened compound (ACT: artemisinin-based combination therapy) */
    OK_PAIR("TAB ACT (ARTESUNATE 200 MG OD X 3 D + SP 3 TAB ON D1).",
            "Artemisinin-based combination therapy: artesunate 200 mg tablet once daily for 3 days, "
            "plus sulfadoxine-pyrimethamine, 3 tablets on day 1.");
    FLAG_PAIR("TAB ACT (ARTESUNATE 200 MG OD X 3 D + SP 3 TAB ON D1).",
              "Artesunate 200 mg tablet once daily for 3 days, plus sulfadoxine-pyrimethamine, 3 tablets "
              "on day 1.",
              "medication");
    /* a compound unit followed by its period ("mmol/L/24h") */
    OK_PAIR("Watch Na, aim fall < 10 mmol/L/24h.",
            "Monitor sodium, aiming for a fall of less than 10 mmol/L in 24 hours.");
    FLAG_PAIR("Watch Na, aim fall < 10 mmol/L/24h.",
              "Monitor sodium, aiming for a fall of less than 10 mmol/L in 12 hours.",
              "numbers");
    /* curly quotes (and their CP-1252 debris) are punctuation; a curly apostrophe is an apostrophe */
    OK_PAIR("c/o fever x5 days, \xc3\xa2\xe2\x82\xac\xc5\x93""couldn't eat anything\xc3\xa2\xe2\x82\xac.",
            "Fever for 5 days; the patient said they \"couldn't eat anything.\"");
    OK_PAIR("c/o fever x5 days, couldn\xe2\x80\x99t eat anything.",
            "Fever for 5 days; the patient couldn't eat anything.");
    FLAG_PAIR("c/o fever x5 days, couldn\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t eat anything.",
              "Fever for 5 days; the patient could eat anything.",
              "negation");
    /* a date's last part before PM is no hour; a time before a form word ("22:00 TAB") */
    OK_PAIR("EMPIRICAL TAB DOXY 100 MG BD STARTED 10/08 PM.",
            "Empirical doxycycline 100 mg tablets twice daily were started on 10 August, beginning "
            "with the evening dose.");
    OK_PAIR("22:00 TAB ZOLPIDEM 5 MG HS GIVEN.",
            "At 10:00 PM, a zolpidem 5 mg tablet was given at bedtime.");
    FLAG_PAIR("22:00 TAB ZOLPIDEM 5 MG HS GIVEN.",
              "At 10:00 AM, a zolpidem 5 mg tablet was given at bedtime.",
              "numbers");
    /* a date that opens a chart's lines, said once; a date repeated inside the text is two statements */
    OK_PAIR("06/05 08:00 INJ CEFTRIAXONE 1 G IV GIVEN\n06/05 14:00 TAB PCM 650 MG GIVEN",
            "On 6 May at 8:00 AM, ceftriaxone 1 g was given intravenously. At 2:00 PM, a paracetamol "
            "650 mg tablet was given.");
    FLAG_PAIR("06/05 08:00 INJ CEFTRIAXONE 1 G IV GIVEN\n07/05 14:00 TAB PCM 650 MG GIVEN",
              "On 6 May at 8:00 AM, ceftriaxone 1 g was given intravenously. At 2:00 PM, a paracetamol "
              "650 mg tablet was given.",
              "numbers");
    FLAG_PAIR("SUTURE REMOVAL ON 22/09. REVIEW IN OPD ON 22/09.",
              "Suture removal on 22 September. Review in the outpatient department.",
              "numbers");
    /* a generic glossed with the source's brand in parentheses takes the brand's schedule */
    OK_PAIR("D1 POST L TKR. PCA MORPHINE 1MG BOLUS, 5 MIN LOCKOUT, NO BACKGROUND\nPLAN: STOP PCA, "
            "START MST 10MG BD + ORAMORPH 5-10MG 2HRLY PRN.",
            "Day 1 after a left total knee replacement. Morphine PCA with 1 mg boluses, a 5-minute "
            "lockout and no background infusion.\nPlan: stop the PCA and start modified-release "
            "morphine (MST) 10 mg twice daily, with oral morphine solution (Oramorph) 5 to 10 mg every "
            "2 hours as needed.");
    FLAG_PAIR("D1 POST L TKR. PCA MORPHINE 1MG BOLUS, 5 MIN LOCKOUT, NO BACKGROUND\nPLAN: STOP PCA, "
              "START MST 10MG BD + ORAMORPH 5-10MG 2HRLY PRN.",
              "Day 1 after a left total knee replacement. Morphine PCA with 1 mg boluses, a 5-minute "
              "lockout and no background infusion.\nPlan: stop the PCA and start modified-release "
              "morphine (MST) 10 mg three times daily, with oral morphine solution (Oramorph) 5 to 10 mg "
              "every 2 hours as needed.",
              "frequency");
}

/* guard-28: after guard-27's release, from the fixtures' long tail and round 26; guard-29: round 27 */
static void guard28_rules(void) {
    /* after a copula, the trigger is said of its clause's subject past a participle's phrase */
    OK_PAIR("MALARIA SMEAR X3 (Q12H) NEGATIVE. RDT NEG. FEVER PERSISTS DAY 5",
            "Three malaria smears taken 12 hours apart are negative, and the rapid diagnostic test is negative. "
            "Fever persists on day 5.");
    FLAG_PAIR("MALARIA SMEAR X3 (Q12H) NEGATIVE. RDT NEG. FEVER PERSISTS DAY 5",
              "Three malaria smears taken 12 hours apart are positive, and the rapid diagnostic test is negative. "
              "Fever persists on day 5.",
              "negation");
    /* in a note on the liver, LT before no part of the body is a liver transplant */
    OK_PAIR("LT CLINIC - POD 42 s/p DDLT 8/2 for HCV/HCC.\nTac 3 mg BID.",
            "Liver transplant clinic, postoperative day 42 following deceased-donor liver "
            "transplantation on 8/2 for hepatitis C virus infection with hepatocellular "
            "carcinoma.\nTacrolimus 3 mg twice daily.");
    FLAG_PAIR("EtOH cirrhosis, ascites. LT LOWER LIMB OEDEMA. Refer for LT evaluation.",
              "Alcohol-related cirrhosis with ascites. Right lower limb oedema. Refer for liver "
              "transplant evaluation.",
              "laterality");
    /* an amount too large for an interval before WEEKLY ("60K WEEKLY") */
    OK_PAIR("VIT D 60K WEEKLY X 8",
            "Vitamin D 60,000 units weekly for 8 weeks.");
    FLAG_PAIR("VIT D 60K WEEKLY X 8",
              "Vitamin D 6,000 units weekly for 8 weeks.",
              "numbers");
    /* a "not" and its participle after a spaced dash read back ("ICP MONITOR - NOT INSERTED") */
    OK_PAIR("ALF, grade 3 HE. Listed super-urgent for LT. No pupillary abnormalities. ICP monitor - "
            "not inserted.",
            "Acute liver failure with grade 3 hepatic encephalopathy. She has been listed super-urgent "
            "for liver transplantation. There are no pupillary abnormalities. An intracranial pressure "
            "monitor has not been inserted.");
    FLAG_PAIR("ALF. ICP monitor - not inserted.",
              "Acute liver failure. An intracranial pressure monitor has been inserted.",
              "negation");
    /* a thousands K past a no-break space or its CP-1252 debris; "not below" is a bound */
    OK_PAIR("HCV RNA 1.2 x 10^6. Plt 118\xc3\x82 K, Alb 3.6.",
            "HCV RNA 1.2 \xc3\x97 10^6. Platelets 118,000, albumin 3.6.");
    FLAG_PAIR("HCV RNA 1.2 x 10^6. Plt 118\xc3\x82 K, Alb 3.6.",
              "HCV RNA 1.2 \xc3\x97 10^6. Platelets 18,000, albumin 3.6.",
              "numbers");
    OK_PAIR("ALP 420 (2.8x ULN). ALP not < 1.67x ULN -> inadequate response.",
            "ALP is 420 (2.8 times the upper limit of normal). ALP is not below 1.67 times the upper "
            "limit of normal, indicating an inadequate response.");
    /* MS inside RRMS is the disease a rewrite spells out; MS for morphine is still introduced */
    OK_PAIR("MS NURSE TEL CALL. Known RRMS on dimethyl fumarate 240mg BD.",
            "MS nurse telephone call. The patient has known relapsing-remitting MS and takes dimethyl "
            "fumarate 240 mg twice daily.");
    FLAG_PAIR("ADMITTED WITH RENAL COLIC. MORPHINE 2.5MG IV PRN.",
              "Admitted with renal colic. MS 2.5 mg intravenously as needed.",
              "do_not_use");
    /* 2° before a word that starts with C is secondary, not Celsius; a course to complete, and a
       time free of seizures, in n/7 and n/12 */
    OK_PAIR("DX: DELIRIUM 2\xc2\xb0 CONSTIPATION + URINARY RETENTION",
            "Diagnosis: delirium secondary to constipation and urinary retention.");
    OK_PAIR("IV FLUCLOX 2G Q6H -> SWITCH PO FLUCLOX 1G QID TO COMPLETE 10/7",
            "Intravenous flucloxacillin 2 g every 6 hours will be switched to oral flucloxacillin 1 g "
            "four times daily to complete a 10-day course.");
    FLAG_PAIR("IV FLUCLOX 2G Q6H -> SWITCH PO FLUCLOX 1G QID TO COMPLETE 10/7",
              "Intravenous flucloxacillin 2 g every 6 hours will be switched to oral flucloxacillin 1 g "
              "four times daily to complete a 7-day course.",
              "numbers");
    OK_PAIR("23F JME. Epilim Chrono 500mg BD - seizure free 18/12. No driving restrictions (seizure "
            "free >12/12).",
            "A 23-year-old woman with juvenile myoclonic epilepsy on Epilim Chrono 500 mg twice daily, "
            "seizure-free for 18 months. There are no driving restrictions, as she has been "
            "seizure-free for more than 12 months.");
    /* a verb of prescribing before a dose names no drug: a dropped lorazepam is not "renamed" */
    FLAG_PAIR("DROPERIDOL 5MG IM.\n?LORAZEPAM .5MG PO PRN IF AGITATED ON WAKING.",
              "Droperidol 5 mg IM.\nConsider 0.5 mg orally as needed if agitated on waking.", "medication");
    OK_PAIR("DROPERIDOL 5MG IM.\n?LORAZEPAM .5MG PO PRN IF AGITATED ON WAKING.",
            "Droperidol 5 mg IM.\nConsider lorazepam 0.5 mg orally as needed if agitated on waking.");
    /* "Human" before a dose is an insulin's kind, not a drug a dropped Actrapid was renamed to */
    FLAG_PAIR("Adv: Inj Human Actrapid 4U before lunch & dinner, Inj Insulatard 6U HS. Glucose tabs SOS.",
              "Advice: Human 4 units by injection before lunch and dinner, and Insulatard (NPH insulin) 6 units by "
              "injection at bedtime. Glucose tablets as needed.",
              "medication");
    OK_PAIR("Adv: Inj Human Actrapid 4U before lunch & dinner, Inj Insulatard 6U HS. Glucose tabs SOS.",
            "Advice: Human Actrapid 4 units by injection before lunch and dinner, and Insulatard (NPH insulin) 6 "
            "units by injection at bedtime. Glucose tablets as needed.");
}

/* guard-30 (session 13): blind97-98's causes, read after their first contact */
static void guard30_rules(void) {
    /* a time of day that names a symptom ("night sweats") is no schedule that ends a list */
    OK_PAIR("IGRA POSITIVE. NO COUGH/FEVER/WT LOSS/NIGHT SWEATS.",
            "IGRA is positive. She has no cough, fever, weight loss or night sweats.");
    OK_PAIR("RA. NO SYNOVITIS, MORNING STIFFNESS.", "Rheumatoid arthritis. No synovitis or morning stiffness.");
    FLAG_PAIR("IGRA POSITIVE. NO COUGH/FEVER/WT LOSS/NIGHT SWEATS.",
              "IGRA is positive. She has no cough or fever. Weight loss and night sweats.", "negation");
    /* (a schedule after the comma still starts a new order) */
    FLAG_PAIR("NOT ON INSULIN, METFORMIN 500 BD.", "Not on insulin or metformin 500 mg twice daily.", "negation");
    /* in an eye note, OD as a taper's step after other frequencies is once daily; OD elsewhere is
       still the right eye */
    OK_PAIR("EYE DROP SCHEDULE (OPERATED 02/05). IOP OD 14.\nPRED FORTE 1% E/D OD: QID WK1, TDS WK2, BD WK3, OD "
            "WK4 THEN STOP",
            "Eye drop schedule (operated on 02/05). Intraocular pressure in the right eye is 14. Pred Forte 1% eye "
            "drops to the right eye: four times daily in week 1, three times daily in week 2, twice daily in week 3 "
            "and once daily in week 4, then stop.");
    FLAG_PAIR("EYE DROP SCHEDULE (OPERATED 02/05). IOP OD 14.\nPRED FORTE 1% E/D OD: QID WK1, TDS WK2, BD WK3, OD "
              "WK4 THEN STOP",
              "Eye drop schedule (operated on 02/05). Intraocular pressure in the left eye is 14. Pred Forte 1% eye "
              "drops to the right eye: four times daily in week 1, three times daily in week 2, twice daily in week "
              "3 and once daily in week 4, then stop.",
              "laterality");
    /* "ADVICE RE" is regarding, and 2NDARY is secondary (no number 2) */
    OK_PAIR("D1 POST TONSILLECTOMY, EYES NORMAL. ADVICE RE 2NDARY HAEMORRHAGE GIVEN",
            "Day 1 after tonsillectomy; the eyes are normal. Advice regarding secondary haemorrhage was given.");
    FLAG_PAIR("SORE THROAT. ADVICE RE 2NDARY HAEMORRHAGE GIVEN", "Sore throat. Advice regarding 2 haemorrhages was given.",
              "numbers");
    /* a capital L or R past a comma starts the next item ("deviated to L, R peritonsillar bulge") */
    OK_PAIR("uvula deviated to L, R peritonsillar bulge. no stridor",
            "The uvula is deviated to the left, with a right peritonsillar bulge. There is no stridor.");
    FLAG_PAIR("uvula deviated to L, R peritonsillar bulge. no stridor",
              "The uvula is deviated to the left, with a left peritonsillar bulge. There is no stridor.", "laterality");
    /* a two-digit year after a month's name or closing a year range, said in full */
    OK_PAIR("On PrEP since Nov 22. Etanercept (2019-22).", "On PrEP since November 2022. Etanercept from 2019 to 2022.");
    FLAG_PAIR("On PrEP since Nov 22. Etanercept (2019-22).", "On PrEP since November 2021. Etanercept from 2019 to 2022.",
              "numbers");
    /* NR after a serological test is non-reactive; "non-reactive" / "NON REACTIVE" after one is
       said of the test, as "nonreactive" is */
    OK_PAIR("HIV: NR. SYPHILIS RPR NR. HBSAG NEG", "HIV is non-reactive. Syphilis RPR is nonreactive. HBsAg is negative.");
    FLAG_PAIR("HIV: NR. SYPHILIS RPR NR. HBSAG NEG", "HIV is reactive. Syphilis RPR is nonreactive. HBsAg is negative.",
              "negation");
    OK_PAIR("HIV 1&2 NON REACTIVE. VDRL NON REACTIVE.", "HIV 1 and 2 and VDRL were all non-reactive.");
    OK_PAIR("MOTHER VDRL NR, HIV NR, HBSAG NEG", "The mother's VDRL and HIV tests are non-reactive, and her HBsAg is negative.");
    FLAG_PAIR("HIV 1&2 NON REACTIVE. VDRL NON REACTIVE.", "HIV 1 and 2 was reactive, and VDRL was non-reactive.", "negation");
    OK_PAIR("R PUPIL MID-DILATED NON-REACTIVE.", "The right pupil is mid-dilated and non-reactive.");
    /* Depo-Medrone is methylprednisolone (Depo- names the depot form) */
    OK_PAIR("Bridging: Depo-Medrone 120mg IM today.", "Bridging: intramuscular methylprednisolone acetate 120 mg today.");
    FLAG_PAIR("Bridging: Depo-Medrone 120mg IM today.", "Bridging: intramuscular 120 mg was given today.", "medication");
    OK_PAIR("Depo-Provera 150mg IM given.", "Medroxyprogesterone 150 mg was given intramuscularly.");
    /* a brand named twice: the generic the output glosses it with names it again */
    OK_PAIR("Cosentyx 300 mg SC q4wk started 8/2023. Plan: continue Cosentyx.",
            "He has been on secukinumab (Cosentyx) 300 mg subcutaneously every 4 weeks since August 2023. Plan: "
            "continue secukinumab.");
    FLAG_PAIR("Cosentyx 300 mg SC q4wk started 8/2023. Plan: continue Cosentyx.",
              "He has been on secukinumab (Cosentyx) 300 mg subcutaneously every 4 weeks since August 2023. Plan: "
              "review in clinic.",
              "medication");
    /* a specialty's RV is its review; RXN is a reaction, no drug */
    OK_PAIR("DERM RV - ISOTRET. No infusion rxn.", "Dermatology review, isotretinoin. There was no infusion reaction.");
    FLAG_PAIR("ECHO: RV DILATED, LV EF 55%.", "Echo: the left ventricle is dilated, and the ejection fraction is 55%.",
              "laterality");
    /* "FBC NIL SIGNIFICANT": the test found nothing of note; the count is not negated */
    OK_PAIR("FBC nil significant. CXR NIL SIGNIFICANT", "The full blood count shows nothing significant. The chest X-ray "
            "shows nothing significant.");
    FLAG_PAIR("FBC Hb 9.2. CXR NIL SIGNIFICANT", "The full blood count shows Hb 9.2. The chest X-ray shows "
              "significant changes.",
              "negation");
    /* OD on a skin preparation in a note that speaks of eyes is once daily; RIF joined by a
       slash to another drug is rifampicin */
    OK_PAIR("Mild conjunctivitis both eyes. Hypromellose drops QDS both eyes. Mometasone 0.1% ointment OD to flares. "
            "Failed clinda/rif 300mg BD each.",
            "Mild conjunctivitis in both eyes. Hypromellose drops four times daily to both eyes. Mometasone 0.1% "
            "ointment once daily to flares. She failed clindamycin and rifampicin, 300 mg of each twice daily.");
    FLAG_PAIR("Mild conjunctivitis both eyes. Hypromellose drops QDS both eyes. Mometasone 0.1% ointment OD to flares. "
              "Failed clinda/rif 300mg BD each.",
              "Mild conjunctivitis in both eyes. Hypromellose drops four times daily to both eyes. Mometasone 0.1% "
              "ointment once daily to flares. She failed clindamycin, 300 mg twice daily.",
              "medication");
    /* the "in" of "walk-in 16:20" is no ratio's; labia are anatomy both sides of */
    OK_PAIR("SRH walk-in 16:20. Multiple ulcers on labia minora bilat.",
            "Sexual health walk-in at 16:20. There are multiple ulcers on both labia minora.");
    FLAG_PAIR("SRH walk-in 16:20. Multiple ulcers on labia minora bilat.",
              "Sexual health walk-in at 16:40. There are multiple ulcers on both labia minora.", "numbers");
    FLAG_PAIR("SRH walk-in 16:20. Multiple ulcers on labia minora bilat.",
              "Sexual health walk-in at 16:20. There are multiple ulcers on the left labia minora.", "laterality");
    /* a lakh said again a few words on without its unit takes the unit of the one before */
    OK_PAIR("BENZATHINE PENICILLIN 24 LAKH UNITS IM (12 lakh each buttock)",
            "Benzathine penicillin 24 lakh (2.4 million) units intramuscularly (12 lakh units into each buttock).");
    FLAG_PAIR("BENZATHINE PENICILLIN 24 LAKH UNITS IM (12 lakh each buttock)",
              "Benzathine penicillin 24 lakh (2.4 million) units intramuscularly (6 lakh units into each buttock).",
              "numbers");
    /* MMC is mitomycin; a posterior capsule is no dosage form; NS before a grade is nuclear sclerosis */
    OK_PAIR("TRAB + MMC 0.2MG/ML X 2MIN LE. YAG CAPSULOTOMY RE - PCO. LENS: RE NS GR II",
            "Left trabeculectomy with mitomycin C 0.2 mg/mL for 2 minutes. YAG laser capsulotomy to the right eye for "
            "posterior capsule opacification. Lens: grade II nuclear sclerosis in the right eye.");
    FLAG_PAIR("TRAB + MMC 0.2MG/ML X 2MIN LE. YAG CAPSULOTOMY RE - PCO. LENS: RE NS GR II",
              "Left trabeculectomy with 0.2 mg/mL for 2 minutes. YAG laser capsulotomy to the right eye for posterior "
              "capsule opacification. Lens: grade II nuclear sclerosis in the right eye.",
              "medication");
}

/* guard-31 (session 13): round 29's causes (blind99-101), read after their first contact */
static void guard31_rules(void) {
    /* a measured value before a post-trigger's findings is said of its own; the specimen is the
       place; the four-drug fixed-dose combination is 4FDC said in words */
    const char *src = "WT 56KG BP 118/76 HB 9.2 G/DL URINE ALB NIL SUGAR NIL. IP STARTED - 4FDC 3 TABS OD";
    OK_PAIR(src, "Weight 56 kg, blood pressure 118/76 mmHg, haemoglobin 9.2 g/dL. Urine shows no albumin and no sugar. "
                 "The intensive phase was started with the four-drug fixed-dose combination, 3 tablets once daily.");
    FLAG_PAIR(src, "Weight 56 kg, blood pressure 118/76 mmHg, haemoglobin 9.2 g/dL. Urine shows albumin and no sugar. "
                   "The intensive phase was started with the four-drug fixed-dose combination, 3 tablets once daily.",
              "negation");
    FLAG_PAIR(src, "Weight 56 kg, blood pressure 118/76 mmHg, haemoglobin 9.2 g/dL. Urine shows no albumin and no sugar. "
                   "The intensive phase was started with 3 tablets once daily.",
              "medication");
    /* (a drug's strength and a number of a name do not stop the reach) */
    OK_PAIR("FUROSEMIDE 20MG IV NOT REQUIRED. RAT COVID-19 NEGATIVE",
            "Intravenous furosemide 20 mg is not required. The COVID-19 rapid antigen test was negative.");
    /* "not feeding well" is poor feeding; what is awaited ends a scope; a "not" answering a
       question negates what was asked */
    const char *kid = "Child 11 months, fever, not feeding well. CTX not started, awaiting CD4? DEWORMED? NOT IN LAST 6 MO";
    OK_PAIR(kid, "An 11-month-old child with fever and poor feeding. Co-trimoxazole has not been started; this may be "
                 "pending a CD4 count. She has not been dewormed in the last 6 months.");
    FLAG_PAIR(kid, "An 11-month-old child with fever, feeding well. Co-trimoxazole has not been started; this may be "
                   "pending a CD4 count. She has not been dewormed in the last 6 months.",
              "negation");
    FLAG_PAIR(kid, "An 11-month-old child with fever and poor feeding. Co-trimoxazole has not been started; this may be "
                   "pending a CD4 count. She has been dewormed in the last 6 months.",
              "negation");
    OK_PAIR("omeprazole not started pending OGD.", "Omeprazole has not been started, pending OGD.");
    /* "X NOT PRESENT, Y": not present is said of X */
    OK_PAIR("CATHETER NOT PRESENT, CONTINENT", "He does not have a catheter and is continent.");
    FLAG_PAIR("CATHETER NOT PRESENT, CONTINENT", "He has a catheter and is continent.", "negation");
    /* a lakh restated in the parenthesis after its unit */
    OK_PAIR("PLT 1.1 LAKH/CUMM, HCT 42%", "The platelet count is 1.1 lakh/cu mm (110,000/cu mm), and the haematocrit 42%.");
    FLAG_PAIR("PLT 1.1 LAKH/CUMM, HCT 42%", "The platelet count is 1.1 lakh/cu mm (11,000/cu mm), and the haematocrit 42%.",
              "numbers");
    /* a time a spaced dash parts from a smaller amount; a decimal interval; the i-gel airway; a
       plan to rule out; a blood group's Rhesus factor; a time before a side; the side of the
       abdomen; a parenthesis after an answer's NIL */
    const char *day = "PASSED URINE 1215 - 300ML. DIFFLAM SPRAY 4 SPRAYS Q1.5-3H PRN. LMA SIZE 4 (I-GEL). ?UC - R/O "
                      "INFECTIVE. BLOOD GROUP: O RH NEG. ENOXAPARIN 40 MG SC - GIVEN 0900 R ABD. PENICILLIN - NIL "
                      "(CHECKED W/ PT)";
    OK_PAIR(day, "He passed 300 mL of urine at 12:15. Difflam spray, 4 sprays every 1.5 to 3 hours as needed. A size 4 "
                 "i-gel laryngeal mask airway. Possible ulcerative colitis; an infective cause needs to be ruled out. Her "
                 "blood group is O Rhesus negative. Enoxaparin 40 mg subcutaneously was given at 09:00 into the right "
                 "side of the abdomen. No penicillin allergy (checked with the patient).");
    FLAG_PAIR(day, "He passed 300 mL of urine at 12:15. Difflam spray, 4 sprays every 1.5 to 3 hours as needed. A size 4 "
                   "i-gel laryngeal mask airway. Possible ulcerative colitis; an infective cause needs to be ruled out. "
                   "Her blood group is O Rhesus positive. Enoxaparin 40 mg subcutaneously was given at 09:00 into the "
                   "right side of the abdomen. No penicillin allergy (checked with the patient).",
              "negation");
    FLAG_PAIR(day, "He passed 300 mL of urine at 12:15. Difflam spray, 4 sprays every 1.5 to 3 hours as needed. A size 4 "
                   "i-gel laryngeal mask airway. Possible ulcerative colitis; an infective cause needs to be ruled out. "
                   "Her blood group is O Rhesus negative. Enoxaparin 40 mg subcutaneously was given at 09:00 into the "
                   "left side of the abdomen. No penicillin allergy (checked with the patient).",
              "laterality");
    FLAG_PAIR(day, "He passed 300 mL of urine at 12:15. Difflam spray, 4 sprays every 2.5 to 3 hours as needed. A size 4 "
                   "i-gel laryngeal mask airway. Possible ulcerative colitis; an infective cause needs to be ruled out. "
                   "Her blood group is O Rhesus negative. Enoxaparin 40 mg subcutaneously was given at 09:00 into the "
                   "right side of the abdomen. No penicillin allergy (checked with the patient).",
              "numbers");
    FLAG_PAIR("MOTHER RH NEG, BABY RH POS", "The mother is Rh positive and the baby is Rh positive.", "negation");
    /* ", having ..." is a clause of its own */
    OK_PAIR("NOT TAKEN RAMIPRIL THIS AM (MISUNDERSTOOD INSTRUCTIONS).",
            "He had not taken ramipril this morning, having misunderstood the instructions.");
}

/* guard-73 (session 23) */
/* guard-73: the table's Portuguese PELO (because of) and QUEDA (a fall) stay as written in a Spanish note, where
   they are hair and 'remains' */
static const rule_case guard73_cases[] = {
    {"the Spanish PELO (hair) and QUEDA stay as written",
     "MUJER 45 A\xC3\x91OS. NIEGA FIEBRE, TOS, CAIDA DE PELO Y DOLOR ARTICULAR. QUEDA EN OBSERVACION.",
     "Mujer de 45 a\xC3\xB1os. Niega fiebre, tos, ca\xC3\xAD" "da de pelo y dolor articular. Queda en observaci\xC3\xB3"
     "n.",
     "Mujer de 45 a\xC3\xB1os. Niega fiebre, tos y ca\xC3\xAD" "da de pelo; refiere dolor articular. Queda en observaci"
     "\xC3\xB3n.",
     "negation"},
};
static void guard73_rules(void) { CHECK_RULE_CASES(guard73_cases); }

/* guard-72 (session 23) */
/* guard-72: round 60's sets read (blind190 allergy and immunology, blind191 hand and plastic surgery, blind192
   prison and custody healthcare): RE before a topic is regarding (not in an eye note, a text that writes LE, or
   before a frequency); a skin test's negative control; an autoinjector is no drug; JJA, CDP, WALANT, NIP; COC
   with a screen's result is cocaine; II opening a statement is the image intensifier */
static const rule_case guard72_cases[] = {
    {"RE before a topic is regarding",
     "POLICE CUSTODY. REQUESTED BY CUSTODY SGT RE FITNESS FOR INTERVIEW. ABRASION L WRIST. NO OTHER INJURIES.",
     "Police custody. Requested by the custody sergeant regarding fitness for interview. Abrasion to the left wrist. No"
     " other injuries.",
     "Police custody. Requested by the custody sergeant regarding fitness for interview. Abrasion to the left wrist. Ot"
     "her injuries.",
     "negation"},
    {"RE stays the right eye before a frequency",
     "CORNEAL ABRASION. MOXIFLOXACIN 0.5% E/D 1 DROP RE QID X 5 DAYS. NO FB SEEN.",
     "Corneal abrasion. Moxifloxacin 0.5% eye drops, 1 drop in the right eye four times a day for 5 days. No foreign bo"
     "dy seen.",
     "Corneal abrasion. Moxifloxacin 0.5% eye drops, 1 drop in the left eye four times a day for 5 days. No foreign bod"
     "y seen.",
     "laterality"},
    {"a skin test's negative control",
     "SPT: COW'S MILK 7MM, EGG 3MM (HIST 5MM, NC 0MM). NO WHEEZE.",
     "Skin prick test: cow's milk 7 mm, egg 3 mm (histamine 5 mm, negative control 0 mm). No wheeze.",
     "Skin prick test: cow's milk 7 mm, egg 3 mm (histamine 5 mm, negative control 0 mm). Wheeze.",
     "negation"},
    {"an autoinjector is no drug",
     "ANAPHYLAXIS TO PEANUT. ADRENALINE AUTO-INJECTOR (JEXT) 300MCG X2. NO WHEEZE TODAY.",
     "Anaphylaxis to peanut. Adrenaline autoinjector (Jext) 300 mcg, two devices. No wheeze today.",
     "Anaphylaxis to peanut. Adrenaline autoinjector (Jext) 150 mcg, two devices. No wheeze today.",
     "numbers"},
    {"JJA, CDP and COC",
     "JJA ANAPHYLAXIS X2. UDS: OPI +VE, BZD -VE, COC -VE. ALCOHOL DETOX D5, CDP 15MG QDS.",
     "Jack jumper ant anaphylaxis twice. Urine drug screen: opiates positive, benzodiazepines negative, cocaine negativ"
     "e. Alcohol detoxification day 5, chlordiazepoxide 15 mg four times daily.",
     "Jack jumper ant anaphylaxis twice. Urine drug screen: opiates positive, benzodiazepines negative, cocaine negativ"
     "e. Alcohol detoxification day 5, diazepam 15 mg four times daily.",
     "medication"},
    {"II opening a statement is the image intensifier",
     "MUA + K-WIRES L DISTAL RADIUS. II: SATISFACTORY REDUCTION, NO SCREW PROTRUDING. POP BACKSLAB.",
     "Manipulation and K-wiring of the left distal radius. Image intensifier: satisfactory reduction, with no screw pro"
     "truding. Plaster backslab.",
     "Manipulation and K-wiring of the left distal radius. Image intensifier: satisfactory reduction, with a screw prot"
     "ruding. Plaster backslab.",
     "negation"},
    {"WALANT",
     "ZONE II FDP AVULSION RT RING FINGER. FOR OPEN REPAIR + SUTURE ANCHOR UNDER WALANT 19/06.",
     "Zone II FDP avulsion of the right ring finger, for open repair with a suture anchor under wide-awake local anaest"
     "hesia no tourniquet (WALANT) on 19/06.",
     "Zone II FDP avulsion of the left ring finger, for open repair with a suture anchor under wide-awake local anaesth"
     "esia no tourniquet (WALANT) on 19/06.",
     "laterality"},
    {"NIP, not in possession",
     "IN-POSSESSION RISK ASSESSMENT. LEVETIRACETAM 750MG BD - NIP. NO SELF HARM.",
     "In-possession risk assessment. Levetiracetam 750 mg twice daily: not in possession. No self-harm.",
     "In-possession risk assessment. Levetiracetam 750 mg twice daily: in possession. No self-harm.",
     "negation"},
};
static void guard72_rules(void) { CHECK_RULE_CASES(guard72_cases); }

/* guard-71 (session 23) */
/* guard-71: round 58's blind185 (OPAT and stewardship) read: MON after NEXT, THIS, LAST, EVERY or ON is Monday;
   VORI, HITH; PEN before a MIC is penicillin; DNA after the patient or before a clinic is did not attend */
static const rule_case guard71_cases[] = {
    {"MON after NEXT is Monday",
     "VANCOMYCIN 1.5G IV BD VIA PICC. TROUGH 14.2. PLAN: CONTINUE CURRENT DOSE. REPEAT TROUGH + BMP NEXT MON.",
     "Vancomycin 1.5 g IV twice daily via the PICC. Trough 14.2. Plan: continue the current dose and repeat the trough "
     "and BMP next Monday.",
     "Vancomycin 1.5 g IV twice daily via the PICC. Trough 14.2. Plan: continue the current dose and repeat the trough "
     "and BMP in 1 month.",
     "numbers"},
    {"VORI, voriconazole",
     "CANDIDA ENDOPHTHALMITIS L EYE. S/P INTRAVITREAL VORI 01/28. FLUCONAZOLE 800MG PO DAILY.",
     "Candida endophthalmitis of the left eye, status post intravitreal voriconazole on 01/28. Fluconazole 800 mg by mo"
     "uth daily.",
     "Candida endophthalmitis of the left eye, status post intravitreal injection on 01/28. Fluconazole 800 mg by mouth"
     " daily.",
     "medication"},
    {"HITH, hospital in the home",
     "VANCOMYCIN CONTINUOUS INFUSION - HITH PHARMACIST. WT 95KG, CR 102. LOADING 2G THEN 3G/24H.",
     "Vancomycin continuous infusion: Hospital in the Home pharmacist note. Weight 95 kg, creatinine 102. Loading dose "
     "2 g, then 3 g per 24 hours.",
     "Vancomycin continuous infusion: Hospital in the Home pharmacist note. Weight 95 kg, creatinine 102. Loading dose "
     "2 g, then 4 g per 24 hours.",
     "numbers"},
    {"PEN before MIC is penicillin",
     "IE NATIVE MV DUE TO STREP GALLOLYTICUS. PEN MIC 0.06. BENZYLPENICILLIN 2.4G IV 4 HRLY.",
     "Infective endocarditis of the native mitral valve due to Streptococcus gallolyticus. Penicillin MIC 0.06. Benzylp"
     "enicillin 2.4 g IV every 4 hours.",
     "Infective endocarditis of the native mitral valve due to Streptococcus gallolyticus. Penicillin MIC 0.6. Benzylpe"
     "nicillin 2.4 g IV every 4 hours.",
     "numbers"},
    {"DNA after the patient is did not attend",
     "TEICOPLANIN 3X/WK VIA PICC. PT DNA CLINIC TODAY. PHONED X3, NO ANSWER.",
     "Teicoplanin three times a week via the PICC. The patient did not attend clinic today. Phoned three times with no "
     "answer.",
     "Teicoplanin three times a week via the PICC. The patient attended clinic today. Phoned three times with no answer"
     ".",
     "negation"},
};
static void guard71_rules(void) { CHECK_RULE_CASES(guard71_cases); }

/* guard-70 (session 23) */
/* guard-70: round 59's English sets read (blind188 military, expedition and remote medicine; blind189
   interventional radiology): INJ after OTHER or before FOUND is injuries; WHILE before a state, or after an act,
   ends a negation; a side before AND, or right after its word before a comma, is said of that word; IBU, R2E,
   OTFC, LLS, LIDO; a comma and INDICATING end a negation; vaccine and vaccination one finding; DENIED BY someone
   reads backwards; NOT EXCLUDED is doubt; a condition's list after its comma, and what to do once a condition
   holds; a lone Â; a needle's gauge before X2; µg encoded twice; ranks written with digits and Spanish ordinals
   in words are numbers */
static const rule_case guard70_cases[] = {
    {"INJ after OTHER is injuries",
     "GSW LT THIGH, ENTRY ANTEROMEDIAL. NO OTHER INJ FOUND ON SECONDARY SURVEY. HR 100.",
     "Gunshot wound to the left thigh, entry anteromedial; no other injuries were found on secondary survey. HR 100.",
     "Gunshot wound to the left thigh, entry anteromedial; other injuries were found on secondary survey. HR 100.",
     "negation"},
    {"WHILE before a state ends any negation",
     "PROMETHAZINE 25MG PO GIVEN. OFF WATCH 24HRS. NO DRIVING MACHINERY/BRIDGE DUTIES WHILE DROWSY.",
     "Promethazine 25 mg orally given. Off watch for 24 hours. No driving of machinery and no bridge duties while drows"
     "y.",
     "Promethazine 25 mg orally given. Off watch for 24 hours. No driving of machinery; bridge duties while drowsy.",
     "negation"},
    {"WHILE after an act ends the negation",
     "TIZANIDINE 2MG PO HS PRN SPASM. RTW: NO COMMERCIAL DRIVING WHILE ON TIZANIDINE. DESK DUTY OK.",
     "Tizanidine 2 mg by mouth at bedtime as needed for spasm. Return to work: no commercial driving while taking tizan"
     "idine. Desk duty is acceptable.",
     "Tizanidine 2 mg by mouth at bedtime as needed for spasm. Return to work: commercial driving while taking tizanidi"
     "ne. Desk duty is acceptable.",
     "negation"},
    {"a side before AND ends its phrase",
     "GSW RT CHEST. RR 34, SPO2 85%, TRACHEA MIDLINE, ABSENT BREATH SOUNDS RT, LT CLEAR. VENTED CHEST SEAL RT.",
     "Gunshot wound to the right chest. Respiratory rate 34, SpO2 85%, trachea midline, absent breath sounds on the rig"
     "ht and a clear left side. A vented chest seal was applied on the right.",
     "Gunshot wound to the right chest. Respiratory rate 34, SpO2 85%, trachea midline, absent breath sounds on the lef"
     "t and a clear right side. A vented chest seal was applied on the right.",
     "laterality"},
    {"a side before a comma is said of the word before it",
     "NEWBORN CHECK DAY 2. HEARING SCREEN: PASS R, REFER L - AABR ARRANGED. FEEDING WELL.",
     "Newborn check on day 2. Hearing screen: pass on the right and refer on the left; an automated auditory brainstem "
     "response test has been arranged. Feeding well.",
     "Newborn check on day 2. Hearing screen: pass on the left and refer on the right; an automated auditory brainstem "
     "response test has been arranged. Feeding well.",
     "laterality"},
    {"IBU, ibuprofen",
     "DENTAL ABSCESS LR6. AMOX 500MG TDS X 5/7, IBU 400MG QID, CHX MOUTHWASH.",
     "Dental abscess of the lower right first molar. Amoxicillin 500 mg three times daily for 5 days, ibuprofen 400 mg "
     "four times daily and chlorhexidine mouthwash.",
     "Dental abscess of the lower right first molar. Amoxicillin 500 mg three times daily for 5 days and chlorhexidine "
     "mouthwash.",
     "medication"},
    {"R2E, a Role 2 facility",
     "NIGHT HANDOVER - R2E ITU. BED 2: CPL ***, 27M, POD 1 LAPAROTOMY. NO BLEEDING.",
     "Night handover, Role 2 Enhanced intensive care unit. Bed 2: Corporal ***, a 27-year-old man, post-operative day 1"
     " after laparotomy. No bleeding.",
     "Night handover, Role 2 Enhanced intensive care unit. Bed 3: Corporal ***, a 27-year-old man, post-operative day 1"
     " after laparotomy. No bleeding.",
     "numbers"},
    {"OTFC, a fentanyl lozenge, and \xC2\xB5g encoded twice",
     "FALL INTO DITCH, PAIN 8/10. OTFC 800\xC3\x82\xC2\xB5g LOZENGE IN CHEEK 0720. RR 16, ALERT.",
     "Fell into a ditch, pain 8/10. An oral transmucosal fentanyl citrate 800 mcg lozenge was placed in the cheek at 07"
     "20. Respiratory rate 16, alert.",
     "Fell into a ditch, pain 8/10. An oral transmucosal fentanyl citrate 800 mg lozenge was placed in the cheek at 072"
     "0. Respiratory rate 16, alert.",
     "numbers"},
    {"LLS, the Lake Louise score",
     "DAY 8 3500M: SPO2 88, HR 92, LLS 0. DAY 9 3900M: SPO2 84, HR 98, LLS 2. DAY 10 3900M: SPO2 86, HR 94, LLS 1.",
     "Day 8 at 3500 m: SpO2 88%, heart rate 92, Lake Louise Score 0. Day 9 at 3900 m: SpO2 84%, heart rate 98, Lake Lou"
     "ise Score 2. Day 10 at 3900 m: SpO2 86%, heart rate 94, Lake Louise Score 1.",
     "Day 8 at 3500 m: SpO2 88%, heart rate 92, Lake Louise Score 0. Day 9 at 3900 m: SpO2 84%, heart rate 98, Lake Lou"
     "ise Score 2. Day 10 at 3900 m: SpO2 86%, heart rate 94, Lake Louise Score 3.",
     "numbers"},
    {"a comma and INDICATING end a negation",
     "SNAKE BITE L FOOT. 20WBCT: NOT CLOTTED (COAGULOPATHY). NO PTOSIS.",
     "Snake bite to the left foot. The 20-minute whole blood clotting test showed no clot, indicating coagulopathy. No "
     "ptosis.",
     "Snake bite to the left foot. The 20-minute whole blood clotting test showed a clot, indicating coagulopathy. No p"
     "tosis.",
     "negation"},
    {"vaccine and vaccination are one finding",
     "DOG BITE RT HAND. PRE-EXPOSURE RABIES VACCINE: NOT DONE. PLAN: RABIES VACCINE IM DAYS 0, 3, 7, 14.",
     "Dog bite to the right hand. He has not had pre-exposure rabies vaccination. Plan: rabies vaccine intramuscularly "
     "on days 0, 3, 7 and 14.",
     "Dog bite to the right hand. He has had pre-exposure rabies vaccination. Plan: rabies vaccine intramuscularly on d"
     "ays 0, 3, 7 and 14.",
     "negation"},
    {"DENIED BY someone reads backwards",
     "SPR ***, WITHIN 50M OF IED DETONATION. DAZED ~1 MIN, LOC DENIED BY SPR BUT WITNESS UNSURE.",
     "Sapper *** was within 50 m of an IED detonation and was dazed for about 1 minute. The sapper denies loss of consc"
     "iousness, but a witness is unsure.",
     "Sapper *** was within 50 m of an IED detonation and was dazed for about 1 minute. The sapper reports loss of cons"
     "ciousness, but a witness is unsure.",
     "negation"},
    {"a condition's list after its comma",
     "Nephrostomy on free drainage. Clamp at 24h, remove at 48h if no loin pain / fever / leak.",
     "The nephrostomy is on free drainage. Clamp it at 24 hours and remove it at 48 hours if there is no loin pain, fev"
     "er or leak.",
     "The nephrostomy is on free drainage. Clamp it at 24 hours and remove it at 48 hours if there is loin pain, fever "
     "or leak.",
     "negation"},
    {"what to do once a condition holds",
     "RIG inserted. Post: NBM 4h, then sterile water 30ml/hr for 4h - if no pain start feed per dietitian regimen.",
     "Radiologically inserted gastrostomy. Afterwards: nil by mouth for 4 hours, then sterile water at 30 mL/hour for 4"
     " hours; if there is no pain, start feeding according to the dietitian's regimen.",
     "Radiologically inserted gastrostomy. Afterwards: nil by mouth for 4 hours, then sterile water at 30 mL/hour for 4"
     " hours; if there is pain, start feeding according to the dietitian's regimen.",
     "negation"},
    {"a lone \xC3\x82 is no drug",
     "Pseudoaneurysm R CFA. US guided thrombin injection \xC3\x82 500 units - immediate thrombosis. No complications.",
     "Right common femoral artery pseudoaneurysm. Ultrasound-guided thrombin injection of 500 units with immediate thro"
     "mbosis. No complications.",
     "Right common femoral artery pseudoaneurysm. Ultrasound-guided thrombin injection of 5000 units with immediate thr"
     "ombosis. No complications.",
     "numbers"},
    {"a needle's gauge before X2",
     "AMU BED 3 - MR ___, 55M. LIVER BX (R LOBE, 18G X2) AT 11:00. OBS STABLE.",
     "Acute medical unit, bed 3: Mr ___, a 55-year-old man. Liver biopsy (right lobe, 18-gauge, 2 passes) at 11:00. Obs"
     "ervations stable.",
     "Acute medical unit, bed 3: Mr ___, a 55-year-old man. Liver biopsy (right lobe, 18-gauge, 3 passes) at 11:00. Obs"
     "ervations stable.",
     "numbers"},
    {"a rank written with digits is a number",
     "GSW RT CHEST. NEEDLE DECOMPRESSION RT 5TH ICS AAL 14G. SPO2 93%.",
     "Gunshot wound to the right chest. Needle decompression on the right at the 5th intercostal space in the anterior "
     "axillary line with a 14-gauge needle. SpO2 93%.",
     "Gunshot wound to the right chest. Needle decompression on the right at the intercostal space in the anterior axil"
     "lary line with a 14-gauge needle. SpO2 93%.",
     "numbers"},
    {"a Spanish ordinal in words",
     "DERRAME PLEURAL DERECHO. NIEGA FIEBRE. CON LIDOCAINA 2% 5 ML, SE PUNCIONA 8VO ESPACIO INTERCOSTAL.",
     "Derrame pleural derecho. Niega fiebre. Con lidoca\xC3\xADna al 2%, 5 mL, se punciona el octavo espacio intercosta"
     "l.",
     "Derrame pleural derecho. Niega fiebre. Con lidoca\xC3\xADna al 2%, 5 mL, se punciona el s\xC3\xA9ptimo espacio in"
     "tercostal.",
     "numbers"},
    {"NOT EXCLUDED is doubt, no negation",
     "FEVER 39.1, MYALGIA. IMP: ?LEPTOSPIROSIS. PCM 1G QID. NO NSAIDS. DENGUE NOT EXCLUDED. ORAL FLUIDS.",
     "Fever of 39.1 and myalgia. Impression: possible leptospirosis. Paracetamol 1 g four times daily. No NSAIDs. Dengu"
     "e has not been excluded. Oral fluids.",
     "Fever of 39.1 and myalgia. Impression: possible leptospirosis. Paracetamol 1 g four times daily. No NSAIDs. Dengu"
     "e has been excluded. Oral fluids.",
     "negation"},
    {"LIDO, lidocaine",
     "LIVER BX. SEDATION MIDAZOLAM 2MG IV, FENTANYL 50MCG IV. LA 1% LIDO 15ML. NO COMPLICATIONS.",
     "Liver biopsy. Sedation: midazolam 2 mg IV and fentanyl 50 mcg IV; local anaesthesia with 1% lidocaine 15 mL. No c"
     "omplications.",
     "Liver biopsy. Sedation: midazolam 2 mg IV and fentanyl 50 mcg IV; local anaesthesia with 1% 15 mL. No complicatio"
     "ns.",
     "medication"},
};
static void guard70_rules(void) { CHECK_RULE_CASES(guard70_cases); }

/* guard-69 (session 23) */
/* guard-69: round 58's Portuguese notes read (blind184): a Portuguese note told from a Spanish one (NO, NA: in
   the; E: and; OU: or; MAS: but; SE: if; ID, SN), C/, S/, P/, the sides DTA, DTO, ESQ and the limbs MSE, MIE,
   FIE, the eyes OE and AO, ordinals before DIA, UM, UMA and DUAS before a form or VEZ, AO DIA, the drug ending
   -ANA, metamizole (dipirona), CH and UCE, and the commoner Portuguese words; accented words folded on both
   sides; a letter encoded twice (NÃƒO); the hour after ÀS, after a date, and after 'at' in an English rewrite;
   in the negation check, a negation another trigger took serves a list that names the finding, and one written
   after its list serves each item; in the frequency check, an interval said as a delay ('in 8 hours') */
static const rule_case guard69_cases[] = {
    {"the hour after an uppercase \xC3\x80S",
     "PCT FEM 60A, NEGA FEBRE, SEM DOR. DIPIRONA 1G EV \xC3\x80S 14H E \xC3\x80S 22H. RETORNO EM 7 DIAS.",
     "Paciente do sexo feminino, 60 anos, nega febre, sem dor. Dipirona 1 g EV \xC3\xA0s 14:00 e \xC3\xA0s 22:00. Retor"
     "no em 7 dias.",
     "Paciente do sexo feminino, 60 anos, nega febre, sem dor. Dipirona 1 g EV \xC3\xA0s 16:00 e \xC3\xA0s 22:00. Retor"
     "no em 7 dias.",
     "numbers"},
    {"an hour after a date, and at 11h in an English rewrite",
     "ENF 2 - 22/10/2023 14H: PCT C/ PICO FEBRIL 38,7\xC2\xBA" "C. NEGA DOR. SEM TOSSE. HIPOGLICEMIA \xC3\x80S 11H.",
     "Ward 2, 22/10/2023 at 14:00: patient with a fever spike of 38.7 \xC2\xB0" "C. Denies pain. No cough. Hypoglycaemi"
     "a at 11h.",
     "Ward 2, 22/10/2023 at 14:00: patient with a fever spike of 38.7 \xC2\xB0" "C. Denies pain. No cough. Hypoglycaemi"
     "a at 12h.",
     "numbers"},
    {"the Portuguese NO is 'in the'",
     "PCT 46A, TABAGISTA. REFERE DOR E EDEMA NO JOELHO DTO H\xC3\x81 5 DIAS. NEGA FEBRE, SEM TRAUMA.",
     "Paciente de 46 anos, tabagista. Refere dor e edema no joelho direito h\xC3\xA1 5 dias. Nega febre e n\xC3\xA3o te"
     "ve trauma.",
     "Paciente de 46 anos, tabagista. Refere dor e edema no joelho direito h\xC3\xA1 5 dias. Teve febre. Sem trauma.",
     "negation"},
    {"OU is 'or' in a Portuguese note",
     "Utente 58A, seguido por HTA. Sem queixas. Nega toracalgia, dispneia ou edemas. Reavaliar em 3 meses.",
     "A 58-year-old patient followed for hypertension. No complaints; denies chest pain, dyspnoea or oedema. Reassess i"
     "n 3 months.",
     "A 58-year-old patient followed for hypertension. No complaints; denies chest pain, dyspnoea or oedema. Reassess i"
     "n 3 months. Bilateral cataract.",
     "laterality"},
    {"S/ and C/ before a word: without, with",
     "PCT 70A C/ TOSSE H\xC3\x81 3 DIAS, S/ FEBRE. NEGA DOR. ECG S/ ALTERA\xC3\x87\xC3\x95" "ES.",
     "A 70-year-old patient with cough for 3 days, without fever. Denies pain. ECG without abnormalities.",
     "A 70-year-old patient with cough and fever for 3 days. Denies pain. ECG without abnormalities.",
     "negation"},
    {"the Portuguese sides DTA and ESQ",
     "Doente 78 anos, sem febre. Refere dor anca dta. Nega TCE. Fervores na base esq.",
     "A 78-year-old patient without fever reports right hip pain. Denies head injury. Crackles at the left base.",
     "A 78-year-old patient without fever reports left hip pain. Denies head injury. Crackles at the left base.",
     "laterality"},
    {"the limbs MSE and MIE",
     "Doente 64A, sem febre, nega cefaleia. Hemiparesia esq (MSE grau 2, MIE grau 3). NIHSS 9.",
     "A 64-year-old patient without fever; denies headache. Left hemiparesis (left upper limb grade 2, left lower limb "
     "grade 3). NIHSS 9.",
     "A 64-year-old patient without fever; denies headache. Left hemiparesis (right upper limb grade 2, left lower limb"
     " grade 3). NIHSS 9.",
     "laterality"},
    {"the Portuguese eyes OD, OE and AO",
     "AMBULAT\xC3\x93RIO OFTALMO. QP: BAIXA DE AV OE H\xC3\x81 6 MESES. PIO: OD 14 MMHG, OE 16 MMHG. FO: AO SEM ALTERA"
     "\xC3\x87\xC3\x95" "ES. NEGA DOR.",
     "Ophthalmology clinic. Chief complaint: reduced visual acuity in the left eye for 6 months. Intraocular pressure: "
     "right eye 14 mmHg, left eye 16 mmHg. Fundoscopy: both eyes without abnormalities. Denies pain.",
     "Ophthalmology clinic. Chief complaint: reduced visual acuity in the right eye for 6 months. Intraocular pressure:"
     " right eye 14 mmHg, left eye 16 mmHg. Fundoscopy: both eyes without abnormalities. Denies pain.",
     "laterality"},
    {"an accented word not in the table, folded on both sides",
     "PS - PCT 58A, NEGA CEFALEIA E DOR TOR\xC3\x81" "CICA. FUNDO DE OLHO S/ PAPILEDEMA. EAS S/ PROTEIN\xC3\x9ARIA.",
     "Pronto-socorro. Paciente de 58 anos; nega cefaleia e dor tor\xC3\xA1" "cica. Fundo de olho sem papiledema. Exame "
     "de urina sem protein\xC3\xBAria.",
     "Pronto-socorro. Paciente de 58 anos; nega cefaleia e dor tor\xC3\xA1" "cica. Fundo de olho sem papiledema. Exame "
     "de urina com protein\xC3\xBAria.",
     "negation"},
    {"N\xC3\x83O encoded twice",
     "ADMISS\xC3\x83O - PCT 76A, DISPNEIA H\xC3\x81 5 DIAS. N\xC3\x83\xC6\x92O REFERE DOR TOR\xC3\x81" "CICA. NEGA FEBR"
     "E. SEM TOSSE.",
     "Admission: a 76-year-old patient with dyspnoea for 5 days. He does not report chest pain. Denies fever. No cough.",
     "Admission: a 76-year-old patient with dyspnoea for 5 days. He reports chest pain. Denies fever. No cough.",
     "negation"},
    {"a negation another trigger took serves only a list that names the finding",
     "58Y MALE, HTN. NO COMPLAINTS TODAY. DENIES CHEST PAIN, SOB OR EDEMA. BP 138/86.",
     "58-year-old man with hypertension. No complaints today. He denies chest pain, shortness of breath or oedema. BP 1"
     "38/86.",
     "58-year-old man with hypertension. He has complaints today. He denies chest pain, shortness of breath or oedema. "
     "BP 138/86.",
     "negation"},
    {"a negation after its list serves each item",
     "Labs: Na 137, glucose 104, CK 310. APAP neg, ASA neg, EtOH neg.",
     "Labs: sodium 137, glucose 104, CK 310. Acetaminophen, aspirin and ethanol levels negative.",
     "Labs: sodium 137, glucose 104, CK 310. Acetaminophen and ethanol levels negative, aspirin level positive.",
     "negation"},
    {"an ordinal before a day is its number",
     "PCT 67A, INTERNADO POR PAC, D4 DE CEFTRIAXONA 1G EV 12/12H. NEGA DISPNEIA. SEM FEBRE.",
     "Paciente de 67 anos, internado por pneumonia, no quarto dia de ceftriaxona 1 g por via endovenosa de 12 em 12 hor"
     "as. Nega dispneia. Sem febre.",
     "Paciente de 67 anos, internado por pneumonia, no quinto dia de ceftriaxona 1 g por via endovenosa de 12 em 12 hor"
     "as. Nega dispneia. Sem febre.",
     "numbers"},
    {"UMA VEZ AO DIA, once a day",
     "PCT FEM 46A, NEGA DISPNEIA, SEM FEBRE. CD: RIVAROXABANA 20MG 1X/DIA. SUSPENDER ACO.",
     "Paciente de 46 anos; nega dispneia, sem febre. Conduta: rivaroxabana 20 mg uma vez ao dia. Suspender o anticoncep"
     "cional oral.",
     "Paciente de 46 anos; nega dispneia, sem febre. Conduta: rivaroxabana 20 mg duas vezes ao dia. Suspender o anticon"
     "cepcional oral.",
     "frequency"},
    {"ID, once a day",
     "SU - Homem 38A s/ AP relevantes. Dor lombar esq. Sem febre. Alta c/ tansulosina 0,4mg id 2 sem.",
     "Emergency department. A 38-year-old man with no relevant past history; left lumbar pain; no fever. Discharged on "
     "tamsulosin 0.4 mg once daily for 2 weeks.",
     "Emergency department. A 38-year-old man with no relevant past history; left lumbar pain; no fever. Discharged on "
     "tamsulosin 0.4 mg twice daily for 2 weeks.",
     "frequency"},
    {"SN and SE NECESS\xC3\x81RIO, as needed",
     "PCT 59A, NEGA FEBRE, SEM DOR. DIPIRONA 500MG/ML 40 GOTAS 6/6H SN. OMEPRAZOL 20MG 1X/DIA.",
     "Paciente de 59 anos, nega febre, sem dor. Dipirona 500 mg/mL, 40 gotas de 6 em 6 horas se necess\xC3\xA1rio. Omep"
     "razol 20 mg uma vez ao dia.",
     "Paciente de 59 anos, nega febre, sem dor. Dipirona 500 mg/mL, 40 gotas de 6 em 6 horas. Omeprazol 20 mg uma vez a"
     "o dia.",
     "frequency"},
    {"a drug's Portuguese ending -ANA",
     "PCT 70A, HAS. NEGA DOR, SEM FEBRE. MANTER LOSARTANA 50MG 12/12H E APIXABANA 5MG 12/12H.",
     "A 70-year-old patient with hypertension; denies pain, no fever. Continue losartan 50 mg every 12 hours and apixab"
     "an 5 mg every 12 hours.",
     "A 70-year-old patient with hypertension; denies pain, no fever. Continue losartan 50 mg every 12 hours.",
     "medication"},
    {"dipyrone, dipirona: metamizole",
     "PCT 30A, NEGA FEBRE, SEM V\xC3\x94MITOS. DIPIRONA 1G EV 6/6H SE DOR.",
     "A 30-year-old patient; denies fever, no vomiting. Metamizole (dipyrone) 1 g IV every 6 hours if pain.",
     "A 30-year-old patient; denies fever, no vomiting. Paracetamol 1 g IV every 6 hours if pain.",
     "medication"},
    {"CH, units of packed red cells",
     "Var\xC3\xB3n 80a. Melenas desde hace 48h. No dolor abdominal. Plan: suspender apixab\xC3\xA1n, 2 CH, pantoprazol "
     "80 mg iv.",
     "80-year-old man. Melaena for 48 hours. No abdominal pain. Plan: stop apixaban, 2 units of packed red blood cells,"
     " pantoprazole 80 mg IV.",
     "80-year-old man. Melaena for 48 hours. No abdominal pain. Plan: stop apixaban, 2 mg of packed red blood cells, pa"
     "ntoprazole 80 mg IV.",
     "numbers"},
    {"DEXTRO and ACM",
     "SU - Via Verde AVC. Doente 64A, dextro, sem febre. Angio-TC: oclus\xC3\xA3o ACM dta M1. Nega cefaleia.",
     "Emergency department, stroke pathway. A 64-year-old right-handed patient without fever. CT angiography: occlusion"
     " of the M1 segment of the right middle cerebral artery. Denies headache.",
     "Emergency department, stroke pathway. A 64-year-old left-handed patient without fever. CT angiography: occlusion "
     "of the M1 segment of the right middle cerebral artery. Denies headache.",
     "laterality"},
    {"SINAIS, signs",
     "AMBULAT\xC3\x93RIO 22/08/2023. NEGA DOR. BIO: OD CATARATA NUCLEAR, OE CATARATA. SEM SINAIS FLOG\xC3\x8DSTICOS.",
     "Clinic, 22/08/2023. Denies pain. Slit lamp: nuclear cataract in the right eye, cataract in the left eye. No signs"
     " of inflammation.",
     "Clinic, 22/08/2023. Denies pain. Slit lamp: nuclear cataract in the right eye, cataract in the left eye. Signs of"
     " inflammation.",
     "negation"},
    {"FOCALIDAD NEUROL\xC3\x93GICA",
     "Mujer 29a, sin AP de inter\xC3\xA9s. Cefalea de 2 d\xC3\xAD" "as. No fiebre, no rigidez de nuca, no focalidad neu"
     "rol\xC3\xB3gica.",
     "Woman aged 29 with no relevant history. Headache for 2 days. No fever, no neck stiffness and no focal neurologica"
     "l deficit.",
     "Woman aged 29 with no relevant history. Headache for 2 days. No fever, no neck stiffness and focal neurological d"
     "eficit.",
     "negation"},
    {"an interval said as a delay",
     "TAB PARACETAMOL 1G PO 8/8H X 3 DAYS. NO FEVER NOW.",
     "Paracetamol 1 g orally every 8 hours for 3 days. No fever now.",
     "Paracetamol 1 g orally in 8 hours for 3 days. No fever now.",
     "frequency"},
    {"DE 8 EM 8 HORAS is an interval, not a delay",
     "PCT 30A, NEGA FEBRE. IBUPROFENO 400MG 8/8H 5 DIAS. GELO LOCAL.",
     "Paciente de 30 anos, nega febre. Ibuprofeno 400 mg de 8 em 8 horas durante 5 dias. Gelo local.",
     "Paciente de 30 anos, nega febre. Ibuprofeno 400 mg de em 8 horas durante 5 dias. Gelo local.",
     "frequency"},
};
static void guard69_rules(void) { CHECK_RULE_CASES(guard69_cases); }

/* guard-68 (session 22) */
/* guard-68: round 57 read (Spanish-speaking primary care, rehabilitation, ambulance handovers): more Spanish
   words (TBQ, FUMA, IRRADIACION, DE INMEDIATO, SOLUCION FISIOLOGICA), ANTIINFLAMATORIOS NO ESTEROIDEOS as
   NSAIDs, SI ES NECESARIO, LPM after a heart's rate, the Spanish thousands' point; NKFA; a side's finding
   negated with it (no right hemiplegia); a non- compound before its noun; muscles by their Latin names and Botox
   as botulinum toxin. */
static const rule_case guard68_cases[] = {
    {"antiinflamatorios no esteroideos are NSAIDs",
     "PACIENTE CON LUMBAGO, NIEGA FIEBRE Y TRAUMA. NO AINES POR ERC. PARACETAMOL 1G VO C/8HS.",
     "Paciente con lumbago; niega fiebre y traumatismo. No tomar antiinflamatorios no esteroideos por la enfermedad ren"
     "al cr\xC3\xB3nica. Paracetamol 1 g por v\xC3\xAD" "a oral cada 8 horas.",
     "Paciente con lumbago; niega fiebre y traumatismo. Tomar antiinflamatorios no esteroideos por la enfermedad renal "
     "cr\xC3\xB3nica. Paracetamol 1 g por v\xC3\xAD" "a oral cada 8 horas.",
     "negation"},
    {"TBQ and FUMA, smoking",
     "GINECOLOGIA. PTE 24 A\xC3\x91OS SOLICITA MAC. NO TBQ. NIEGA MIGRA\xC3\x91" "A CON AURA. TA 110/70.",
     "Gynaecology. 24-year-old patient requesting contraception. She does not smoke. She denies migraine with aura. Blo"
     "od pressure 110/70.",
     "Gynaecology. 24-year-old patient requesting contraception. She smokes. She denies migraine with aura. Blood press"
     "ure 110/70.",
     "negation"},
    {"SIN IRRADIACION, without radiation",
     "PACIENTE DE 45 A\xC3\x91OS CON LUMBAGO MECANICO SIN IRRADIACION DE 5 DIAS. NIEGA FIEBRE.",
     "45-year-old patient with mechanical low back pain without radiation for 5 days. He denies fever.",
     "45-year-old patient with mechanical low back pain with radiation for 5 days. He denies fever.",
     "negation"},
    {"NKFA: no known food allergies",
     "Allergies: sulfa (rash)\nNKFA\nDiet: normal",
     "Allergies: sulfa (rash). No known food allergies. Diet: normal.",
     "Allergies: sulfa (rash). Known food allergies. Diet: normal.",
     "negation"},
    {"a finding a side is said of is negated with it",
     "62/M, RT HEMIPLEGIA (LT MCA INFARCT, 4 MONTHS). C/O RT SHOULDER PAIN VAS 7/10.",
     "62-year-old man with right hemiplegia (left middle cerebral artery infarct, 4 months ago), complaining of right s"
     "houlder pain, VAS 7/10.",
     "62-year-old man with no right hemiplegia (left middle cerebral artery infarct, 4 months ago), complaining of righ"
     "t shoulder pain, VAS 7/10.",
     "negation"},
    {"a non- compound before its noun names a kind",
     "T 38.9. HR 128. NO NON-BLANCHING RASH. NECK SUPPLE.",
     "Temperature 38.9, heart rate 128. There is no non-blanching rash. The neck is supple.",
     "Temperature 38.9, heart rate 128. There is a non-blanching rash. The neck is supple.",
     "negation"},
    {"muscles by their Latin names are no drugs",
     "INJ. BOTOX 200U DILUTED IN 4ML NS. EMG GUIDED.\nR BICEPS 60U, R FCR 25U, R FDS 50U",
     "Botox injection 200 units, diluted in 4 mL normal saline, under EMG guidance: right biceps 60 units, right flexor"
     " carpi radialis 25 units, right flexor digitorum superficialis 50 units.",
     "Botox injection 200 units, diluted in 4 mL normal saline, under EMG guidance: right biceps 60 units, right flexor"
     " carpi radialis 25 units, right flexor digitorum superficialis 40 units.",
     "numbers"},
    {"Botox is botulinum toxin",
     "BOTOX CLINIC. INJ. BOTOX 200U DILUTED IN 4ML NS. EMG GUIDED.",
     "Botulinum toxin clinic. Botox injection 200 units, diluted in 4 mL normal saline, under EMG guidance.",
     "Botulinum toxin clinic. Botox injection 200 units, diluted in 4 mL normal saline, under EMG guidance, with baclof"
     "en 10 mg.",
     "medication"},
    {"the Spanish thousands' point",
     "CONTROL NI\xC3\x91O SANO 4 MESES. LME. PESO 6.400 G, TALLA 62 CM. SIN HALLAZGOS AL EXAMEN. PROX CONTROL 6 MESES.",
     "Well-child check at 4 months. Exclusive breastfeeding. Weight 6,400 g, length 62 cm. No findings on examination. "
     "Next check-up at 6 months.",
     "Well-child check at 4 months. Exclusive breastfeeding. Weight 6,400 mg, length 62 cm. No findings on examination."
     " Next check-up at 6 months.",
     "numbers"},
    {"LPM after a heart's rate",
     "ECG: RS 72LPM, EJE +60. SIN ALTERACIONES DEL ST. NO ARRITMIAS. PACIENTE ASINTOMATICO.",
     "ECG: sinus rhythm at 72 beats per minute, axis +60. No ST-segment changes. No arrhythmias. The patient is asympto"
     "matic.",
     "ECG: sinus rhythm at 72 beats per minute, axis +60. No ST-segment changes. Arrhythmias. The patient is asymptomat"
     "ic.",
     "negation"},
    {"SI ES NECESARIO and DE INMEDIATO",
     "PACIENTE CON CRISIS ASMATICA. HIDROCORTISONA 200MG EV STAT. PARACETAMOL 1G C/8HS SOS. NIEGA FIEBRE.",
     "Paciente con crisis asm\xC3\xA1tica. Hidrocortisona 200 mg endovenosa de inmediato. Paracetamol 1 g cada 8 horas "
     "si es necesario. Niega fiebre.",
     "Paciente con crisis asm\xC3\xA1tica. Hidrocortisona 200 mg endovenosa de inmediato. Paracetamol 1 g cada 8 horas."
     " Niega fiebre.",
     "frequency"},
    {"an English note with one Spanish sentence stays English",
     "LAB REVIEW. TSH 0.12 (LOW), FREE T4 2.1 (HIGH). PT ON LEVOTHYROXINE 125MCG DAILY.\nDECREASE TO 112MCG PO DAILY. R"
     "EPEAT TFTS 6 WKS. LLAMAR A PACIENTE CON INTERPRETE.",
     "Lab review: TSH 0.12 (low), free T4 2.1 (high). The patient is on levothyroxine 125 mcg daily.\nDecrease to 112 m"
     "cg by mouth daily. Repeat thyroid function tests in 6 weeks. Call the patient with an interpreter.",
     "Lab review: TSH 0.12 (low), free T4 2.1 (high). The patient is on levothyroxine 125 mcg daily.\nDecrease to 112 m"
     "cg by mouth daily. Repeat thyroid function tests in 6 weeks.",
     "truncation"},
};
static void guard68_rules(void) { CHECK_RULE_CASES(guard68_cases); }

/* guard-67 (session 22) */
/* guard-67: notes written in Spanish or Portuguese (round 56's blind178 and round 54's Brazilian notes): the
   language read from its words, a table of about 400 words, drug names by their Spanish endings, C/8H and a
   dose's /8H, X' per minute, S/P, decimal commas, FID and FII, IZQ and DER, the Portuguese E and D, OD and OI,
   SEM after a number, salts named anion first, an hour after las, NAMC, SE after a comma, NO INVASIVA. */
static const rule_case guard67_cases[] = {
    {"a Spanish note's negations read: NIEGA, SIN, NO",
     "PX FEM 34 A\xC3\x91OS C/ DOLOR ABD EN FID DE 12 HRS DE EVOL, NAUSEA, NIEGA VOMITO Y FIEBRE.",
     "Female patient, 34 years old, with abdominal pain in the right iliac fossa of 12 hours' duration and nausea; she "
     "denies vomiting and fever.",
     "Female patient, 34 years old, with abdominal pain in the right iliac fossa of 12 hours' duration, nausea and feve"
     "r; she denies vomiting.",
     "negation"},
    {"FID and FII: the iliac fossae by their sides",
     "PX FEM 34 A\xC3\x91OS C/ DOLOR ABD EN FID DE 12 HRS DE EVOL, NIEGA VOMITO Y FIEBRE.",
     "Female patient, 34 years old, with abdominal pain in the right iliac fossa for 12 hours; she denies vomiting and "
     "fever.",
     "Female patient, 34 years old, with abdominal pain in the left iliac fossa for 12 hours; she denies vomiting and f"
     "ever.",
     "laterality"},
    {"C/8H, cada: every 8 hours",
     "PACIENTE CON NEUMONIA, DIA 4 DE AMPICILINA SULBACTAM 3 GR IV C/6H. NIEGA FIEBRE.",
     "Patient with pneumonia on day 4 of ampicillin-sulbactam 3 g intravenously every 6 hours. Denies fever.",
     "Patient with pneumonia on day 4 of ampicillin-sulbactam 3 g intravenously every 8 hours. Denies fever.",
     "frequency"},
    {"a dose's glued interval and S/P, si precisa",
     "Mujer 29a, sin AP de inter\xC3\xA9s. Cefalea de 2 d\xC3\xAD" "as, no fiebre.\nAlta con paracetamol 1 g/8h s/p.",
     "29-year-old woman with no relevant past medical history. Headache for 2 days, no fever.\nDischarged with paraceta"
     "mol 1 g every 8 hours as needed.",
     "29-year-old woman with no relevant past medical history. Headache for 2 days, no fever.\nDischarged with paraceta"
     "mol 1 g every 8 hours.",
     "frequency"},
    {"IZQ and DER, the sides; X' per minute",
     "PACIENTE VARON DE 45 A\xC3\x91OS, REFIERE DOLOR EN HOMBRO IZQ. NIEGA FIEBRE. FC: 92 X'",
     "Male patient, 45 years old, who reports pain in the left shoulder. He denies fever. Heart rate 92 per minute.",
     "Male patient, 45 years old, who reports pain in the right shoulder. He denies fever. Heart rate 92 per minute.",
     "laterality"},
    {"a decimal comma, and LPM of oxygen",
     "Var\xC3\xB3n de 69 a\xC3\xB1os, EPOC. OCD domiciliaria a 1,5 lpm 16h/d\xC3\xAD" "a. No fiebre. Sin dolor tor"
     "\xC3\xA1" "cico.",
     "69-year-old man with COPD on home oxygen at 1.5 L/min, 16 hours a day. No fever. No chest pain.",
     "69-year-old man with COPD on home oxygen at 2.5 L/min, 16 hours a day. No fever. No chest pain.",
     "numbers"},
    {"a drug's Spanish ending",
     "IDX: COLECISTITIS AGUDA. PLAN: NPO, METAMIZOL 1G EV C/8H, CEFTRIAXONA 2G EV C/24H. NIEGA ALERGIAS.",
     "Diagnostic impression: acute cholecystitis. Plan: nil by mouth, metamizole 1 g intravenously every 8 hours, ceftr"
     "iaxone 2 g intravenously every 24 hours. Denies allergies.",
     "Diagnostic impression: acute cholecystitis. Plan: nil by mouth, metamizole 1 g intravenously every 8 hours, 2 g i"
     "ntravenously every 24 hours. Denies allergies.",
     "medication"},
    {"a salt named anion first",
     "SE REPORTA K 6.8, ECG CON T PICUDAS.\nSE ADMINISTRA GLUCONATO DE CALCIO 10% 10 ML IV EN 10 MIN, SALBUTAMOL NEB 10"
     " MG.\nCONTROL DE K EN 2 HRS.",
     "Potassium of 6.8 reported; ECG with peaked T waves.\nGiven: 10% calcium gluconate 10 mL intravenously over 10 min"
     "utes and salbutamol 10 mg nebulized.\nRepeat potassium in 2 hours.",
     "Potassium of 6.8 reported; ECG with peaked T waves.\nGiven: 10% calcium gluconate 20 mL intravenously over 10 min"
     "utes and salbutamol 10 mg nebulized.\nRepeat potassium in 2 hours.",
     "numbers"},
    {"SEM after a number is the week",
     "PX CON CRISIS CONVULSIVA DE 2 MIN, CEDE ESPONTANEAMENTE. ANTECEDENTE DE EPILEPSIA, SUSPENDIO FENITOINA HACE 1 SEM"
     ".",
     "Patient with a seizure lasting 2 minutes that stopped spontaneously. History of epilepsy; stopped phenytoin 1 wee"
     "k ago.",
     "Patient with a seizure lasting 2 minutes that stopped spontaneously. History of epilepsy; stopped phenytoin 1 mon"
     "th ago.",
     "numbers"},
    {"NAMC: no known drug allergies",
     "Mujer de 84 a\xC3\xB1os. AP: HTA, hipotiroidismo. Deambula con andador. NAMC.\nMotivo de ingreso: ITU febril.",
     "84-year-old woman with a history of hypertension and hypothyroidism. She walks with a walker. No known drug aller"
     "gies.\nReason for admission: febrile urinary tract infection.",
     "84-year-old woman with a history of hypertension and hypothyroidism. She walks with a walker. Known drug allergie"
     "s.\nReason for admission: febrile urinary tract infection.",
     "negation"},
    {"OD and OI, the eyes",
     "Acude por p\xC3\xA9rdida brusca de visi\xC3\xB3n en OD desde hace 5 horas. No cefalea.\nAV OD: movimiento de mano"
     "s; AV OI: 0,6.",
     "He presents with a sudden loss of vision in the right eye that started 5 hours ago. No headache.\nVisual acuity: "
     "right eye, hand movements; left eye, 0.6.",
     "He presents with a sudden loss of vision in the left eye that started 5 hours ago. No headache.\nVisual acuity: r"
     "ight eye, hand movements; left eye, 0.6.",
     "laterality"},
    {"an hour after las",
     "Mujer 71a, hiponatremia Na 118 por SIADH probable. Restricci\xC3\xB3n h\xC3\xAD" "drica 1000 ml/d\xC3\xAD" "a. Na"
     " control a las 20h: 121. No corregir m\xC3\xA1s de 8 mEq/L en 24h.",
     "71-year-old woman with hyponatraemia, Na 118, probably due to SIADH. Fluid restriction 1000 mL/day. Control Na at"
     " 20:00: 121. Do not correct by more than 8 mEq/L in 24 hours.",
     "71-year-old woman with hyponatraemia, Na 118, probably due to SIADH. Fluid restriction 1000 mL/day. Control Na at"
     " 22:00: 121. Do not correct by more than 8 mEq/L in 24 hours.",
     "numbers"},
    {"SE after a comma opens a clause",
     "PREVIA ASEPSIA, ANESTESIA LOCAL CON LIDOCAINA 2% SIN EPINEFRINA 5 ML, SE PUNCIONA 8VO ESPACIO INTERCOSTAL DERECHO"
     ". SIN COMPLICACIONES.",
     "After asepsis, local anaesthesia with 2% lidocaine without epinephrine, 5 mL; the right eighth intercostal space "
     "is punctured. No complications.",
     "After asepsis, local anaesthesia with 2% lidocaine with epinephrine, 5 mL; the right eighth intercostal space is "
     "punctured. No complications.",
     "negation"},
    {"SI PRESENTA: as needed",
     "INDICACIONES: OMEPRAZOL 40MG EV C/24H. METOCLOPRAMIDA 10MG EV C/8H PRN N\xC3\x81USEAS. CSV + BHE",
     "Indicaciones: omeprazol 40 mg endovenoso cada 24 horas. Metoclopramida 10 mg endovenosa cada 8 horas si presenta "
     "n\xC3\xA1useas. Control de signos vitales y balance h\xC3\xAD" "drico estricto.",
     "Indicaciones: omeprazol 40 mg endovenoso cada 24 horas. Metoclopramida 10 mg endovenosa cada 8 horas. Control de "
     "signos vitales y balance h\xC3\xAD" "drico estricto.",
     "frequency"},
    {"a Portuguese note's E closing its phrase is the left side",
     "PCT 33A, MASC, AGRESS\xC3\x83O F\xC3\x8DSICA H\xC3\x81 5 DIAS\nHD: FRATURA DO COMPLEXO ZIGOM\xC3\x81TICO-ORBIT"
     "\xC3\x81RIO E\nEXAME: AFUNDAMENTO MALAR E, SEM DIPLOPIA",
     "Paciente de 33 anos, sexo masculino, v\xC3\xADtima de agress\xC3\xA3o f\xC3\xADsica h\xC3\xA1 5 dias.\nHip"
     "\xC3\xB3tese diagn\xC3\xB3stica: fratura do complexo zigom\xC3\xA1tico-orbit\xC3\xA1rio esquerdo.\nAo exame, h"
     "\xC3\xA1 afundamento malar esquerdo, sem diplopia.",
     "Paciente de 33 anos, sexo masculino, v\xC3\xADtima de agress\xC3\xA3o f\xC3\xADsica h\xC3\xA1 5 dias.\nHip"
     "\xC3\xB3tese diagn\xC3\xB3stica: fratura do complexo zigom\xC3\xA1tico-orbit\xC3\xA1rio direito.\nAo exame, h"
     "\xC3\xA1 afundamento malar esquerdo, sem diplopia.",
     "laterality"},
    {"and its interval said twice, de 8 em 8 horas",
     "PCT 58A, DOR LEVE, SEM FEBRE. EXODONTIA DO 36. AMOXICILINA 500MG VO 8/8H POR 7 DIAS. CLOREXIDINA 0,12% 15ML 12/12"
     "H",
     "Paciente de 58 anos, com dor leve, sem febre. Exodontia do 36. Amoxicilina 500 mg por via oral de 8 em 8 horas po"
     "r 7 dias; clorexidina 0,12% 15 mL de 12 em 12 horas.",
     "Paciente de 58 anos, com dor leve, sem febre. Exodontia do 36. Amoxicilina 500 mg por via oral de 8 em 8 horas po"
     "r 7 dias; clorexidina 0,12% 15 mL de 6 em 6 horas.",
     "numbers"},
    {"NO before invasiva is non-",
     "PACIENTE CON HIPERCAPNIA COMPENSADA, SIN ACIDOSIS RESPIRATORIA. NO REQUIERE VMNI POR AHORA. NIEGA DOLOR.",
     "Paciente con hipercapnia compensada, sin acidosis respiratoria; por ahora no requiere ventilaci\xC3\xB3n mec"
     "\xC3\xA1nica no invasiva. Niega dolor.",
     "Paciente con hipercapnia compensada y acidosis respiratoria; por ahora no requiere ventilaci\xC3\xB3n mec\xC3\xA1"
     "nica no invasiva. Niega dolor.",
     "negation"},
};
static void guard67_rules(void) { CHECK_RULE_CASES(guard67_cases); }

/* guard-66 (session 22) */
/* guard-66: rounds 54-56 read (sports and occupational medicine, toxicology, transplant, anaesthesia): while as
   the time a verbal not or a gerund's no holds; a limit after or; pain-free before and after its noun; NEG after
   a hyphened number; a limit of two or three words; another inflection negated; a column's header per row; PEG
   as polyethylene glycol; none that answers a search; a note left; an article before a named line; X3-4 DAILY;
   no change turned over; AZA beside a graft's drugs; AS REQ; a second hour after a slash; NB; PMHx; MND/MDR as
   months. */
static const rule_case guard66_cases[] = {
    {"a verbal not ends at while: the time during which it holds",
     "CONTINUING ACETYLCYSTEINE 100MG/KG/16H - DO NOT STOP WHILE INR RISING.",
     "Continue acetylcysteine at 100 mg/kg over 16 hours; do not stop it while the INR is rising.",
     "Continue acetylcysteine at 100 mg/kg over 16 hours; stop it while the INR is rising.",
     "negation"},
    {"and a gerund's no at while (NO DRIVING WHILE IMPAIRED)",
     "NALTREXONE 50MG OD STARTED. COUNSELED NO DRIVING WHILE IMPAIRED, NO ALCOHOL.",
     "Naltrexone 50 mg once daily was started. He was counseled not to drive while impaired and to avoid alcohol.",
     "Naltrexone 50 mg once daily was started. He was counseled to drive while impaired and to avoid alcohol.",
     "negation"},
    {"a second condition by its limit ends without's scope",
     "CLEARED WITH DIABETES CARE PLAN: CHECK BG PRE-PRACTICE, DO NOT SWIM IF BG <100 MG/DL WITHOUT CARBS OR >250 MG/DL "
     "WITH KETONES.",
     "Cleared with a diabetes care plan: check blood glucose before practice; do not swim if blood glucose is below 100"
     " mg/dL without carbohydrates, or above 250 mg/dL with ketones.",
     "Cleared with a diabetes care plan: check blood glucose before practice; do not swim if blood glucose is below 100"
     " mg/dL with carbohydrates, or above 250 mg/dL with ketones.",
     "negation"},
    {"pain-free before its noun and after it",
     "MRI: R TIBIA BONE STRESS INJURY.\nPLAN: WALKER BOOT 2-3 WKS UNTIL PAIN-FREE WALKING, THEN PROGRESSIVE LOADING. NO"
     " RUNNING MIN 6 WKS.",
     "MRI shows a bone stress injury of the right tibia.\nPlan: walker boot for 2-3 weeks until walking is pain-free, t"
     "hen progressive loading. No running for at least 6 weeks.",
     "MRI shows a bone stress injury of the right tibia.\nPlan: walker boot for 2-3 weeks until walking is pain-free, t"
     "hen progressive loading and running for at least 6 weeks.",
     "negation"},
    {"a number hyphened to its noun before a result",
     "H/O L MENISCECTOMY 2016, NO CURRENT SX\nDRUG SCREEN 10-PANEL: NEG\nCLEARED W/O RESTRICTIONS",
     "History of left meniscectomy in 2016, with no current symptoms. The 10-panel drug screen is negative. Cleared wit"
     "hout restrictions.",
     "History of left meniscectomy in 2016, with no current symptoms. The 10-panel drug screen is positive. Cleared wit"
     "hout restrictions.",
     "negation"},
    {"a limit of two words before its number",
     "US-GUIDED INJ L PLANTAR FASCIA: DEPO-MEDROL 40 MG/ML 1 ML.\nAVOID RUNNING/JUMPING 2 WKS. NEW INJ NOT BEFORE 3 MND"
     ".",
     "Ultrasound-guided injection of the left plantar fascia with Depo-Medrol 40 mg/mL, 1 mL.\nAvoid running and jumpin"
     "g for 2 weeks. No new injection before 3 months.",
     "Ultrasound-guided injection of the left plantar fascia with Depo-Medrol 40 mg/mL, 1 mL.\nAvoid running and jumpin"
     "g for 2 weeks. A new injection before 3 months.",
     "negation"},
    {"the Nordic month after a number",
     "PLANTAR FASCIOPATHY L HEEL X 8 MND. FAILED STRETCHING, INSOLES.",
     "Plantar fasciopathy of the left heel for 8 months, which has failed stretching and insoles.",
     "Plantar fasciopathy of the left heel for 8 years, which has failed stretching and insoles.",
     "numbers"},
    {"another inflection of the negated finding",
     "GRIP (JAMAR POS 2): L 18 KG PAIN-LIMITED, R 41 KG\nLIGHT DUTIES: NO GRIP >5 KG L",
     "Grip strength (Jamar, position 2) is 18 kg on the left, limited by pain, and 41 kg on the right.\nLight duties: n"
     "o gripping over 5 kg with the left hand.",
     "Grip strength (Jamar, position 2) is 18 kg on the left, limited by pain, and 41 kg on the right.\nLight duties: g"
     "ripping over 5 kg with the left hand.",
     "negation"},
    {"a column's header said once per row",
     "THRESHOLDS dB HL\n          500HZ 1KHZ 2KHZ 3KHZ\nRT EAR    10    10   15   25\nLT EAR    10    15   20   40\nSTS"
     " PRESENT LT EAR.",
     "Thresholds in dB HL: right ear 10 at 500 Hz, 10 at 1 kHz, 15 at 2 kHz and 25 at 3 kHz; left ear 10 at 500 Hz, 15 "
     "at 1 kHz, 20 at 2 kHz and 40 at 3 kHz. A standard threshold shift is present in the left ear.",
     "Thresholds in dB HL: right ear 10 at 500 Hz, 10 at 1 kHz, 15 at 2 kHz and 25 at 3 kHz; left ear 10 at 500 Hz, 15 "
     "at 1 kHz, 20 at 2 kHz and 45 at 3 kHz. A standard threshold shift is present in the left ear.",
     "numbers"},
    {"PEG with a laxative's amount is polyethylene glycol",
     "WBI with PEG 2L/hr ordered for SR product - hold if ileus.",
     "Whole bowel irrigation with polyethylene glycol at 2 L/hour has been ordered for the sustained-release product; h"
     "old it if there is ileus.",
     "Whole bowel irrigation at 2 L/hour has been ordered for the sustained-release product; hold it if there is ileus.",
     "medication"},
    {"and glycol is part of its name",
     "Bowel regimen: senna 17.2 mg HS, PEG 17 g daily.",
     "Bowel regimen: senna 17.2 mg at bedtime and polyethylene glycol 17 g daily.",
     "Bowel regimen: senna 17.2 mg at bedtime and polyethylene 17 g daily.",
     "medication"},
    {"unknown after tablets is no drug",
     "61M took verapamil SR 240mg x ~30 tabs @ ~0200. Also metformin 1000mg, ? no. of tabs.",
     "A 61-year-old man took approximately 30 tablets of verapamil SR 240 mg at approximately 0200. He also took metfor"
     "min 1000 mg, number of tablets unknown.",
     "A 61-year-old man took approximately 30 tablets of verapamil SR 240 mg at approximately 0200. He also took 1000 m"
     "g, number of tablets unknown.",
     "medication"},
    {"none that opens a clause answers the search before it",
     "Patches (3 total found on back) removed 0600.\n- Skin check for additional patches done x2 - none.",
     "The patches (3 in total, found on his back) were removed at 0600. The skin has been checked twice for additional "
     "patches; none were found.",
     "The patches (3 in total, found on his back) were removed at 0600. The skin has been checked twice and additional "
     "patches were found.",
     "negation"},
    {"a note left behind is no side",
     "19F, 32 x paracetamol 500MG @ 10:00 today.\nPsych: deliberate, note left. MHA: not detained.",
     "A 19-year-old woman took 32 tablets of paracetamol 500 mg at 10:00 today. Psychiatric: the overdose was deliberat"
     "e and a note was left. She is not detained under the Mental Health Act.",
     "A 19-year-old woman took 32 tablets of paracetamol 500 mg at 10:00 today. Psychiatric: the overdose was deliberat"
     "e and a note was left. She is detained under the Mental Health Act.",
     "negation"},
    {"a bound before an article and its named line",
     "4h APAP (0310): 132 mcg/mL - below 150 line, BUT ER product.\nNAC started empirically 0400 given reported dose >1"
     "50 mg/kg.",
     "The 4-hour acetaminophen level (0310) was 132 mcg/mL, below the 150 line, but this is an extended-release product"
     ". NAC was started empirically at 0400 because the reported dose is more than 150 mg/kg.",
     "The 4-hour acetaminophen level (0310) was 132 mcg/mL, below the 150 line, but this is an extended-release product"
     ". NAC was started empirically at 0400 because the reported dose is less than 150 mg/kg.",
     "numbers"},
    {"a range of counts after its x",
     "NO CONTACT/THROWING MIN 6 WKS.\nPANODIL 1G X3-4 DAILY PRN.",
     "No contact or throwing for at least 6 weeks. Panodil 1 g 3-4 times daily as needed.",
     "No contact or throwing for at least 6 weeks. Panodil 1 g 3 times daily as needed.",
     "frequency"},
    {"a decision of no change turned over",
     "TAC TROUGH 7.4ng/mL - TARGET 6-8, NO CHANGE\nMMF 500MG BD",
     "Tacrolimus trough level 7.4 ng/mL against a target of 6 to 8, so no change. Mycophenolate mofetil 500 mg twice da"
     "ily.",
     "Tacrolimus trough level 7.4 ng/mL against a target of 6 to 8, so change. Mycophenolate mofetil 500 mg twice daily"
     ".",
     "negation"},
    {"AZA beside the other immunosuppressants of a graft",
     "Neoral 100mg bd -> 75mg bd. Aza 75mg od - cont. Pred 5mg od - cont.",
     "Neoral reduced from 100 mg twice daily to 75 mg twice daily. Continue azathioprine 75 mg once daily and prednisol"
     "one 5 mg once daily.",
     "Neoral reduced from 100 mg twice daily to 75 mg twice daily. Continue 75 mg once daily and prednisolone 5 mg once"
     " daily.",
     "medication"},
    {"AS REQ is as required",
     "NALOXONE 400MCG IN 10ML - GIVE 100MCG (2.5ML) IV AS REQ IF RR <8",
     "Naloxone 400 mcg in 10 mL: give 100 mcg (2.5 mL) intravenously as required if the respiratory rate is below 8.",
     "Naloxone 400 mcg in 10 mL: give 100 mcg (2.5 mL) intravenously twice daily if the respiratory rate is below 8.",
     "frequency"},
    {"a second hour after a slash",
     "- tacrolimus 4mg PO q12h (9am/9pm), goal trough 8-10",
     "Tacrolimus 4 mg orally every 12 hours (9 AM and 9 PM), goal trough 8 to 10.",
     "Tacrolimus 4 mg orally every 12 hours (9 AM and 10 PM), goal trough 8 to 10.",
     "numbers"},
    {"NB is nota bene, no finding",
     "PARACETAMOL 1G IV QDS\nNB NO NSAIDS - AKI (CREAT 168, BASELINE 95)",
     "Paracetamol 1 g intravenously four times daily. Note: no NSAIDs because of acute kidney injury (creatinine 168, b"
     "aseline 95).",
     "Paracetamol 1 g intravenously four times daily. Note: NSAIDs despite acute kidney injury (creatinine 168, baselin"
     "e 95).",
     "negation"},
    {"PMHx spelled out",
     "NIL PMHx, NIL MEDS, NKA. NON-SMOKER.",
     "No past medical history, no medications and no known allergies. Non-smoker.",
     "Past medical history, no medications and no known allergies. Non-smoker.",
     "negation"},
};
static void guard66_rules(void) { CHECK_RULE_CASES(guard66_cases); }

/* guard-65 (session 21) */
/* Round 55's sexual health notes: PEN after its salt (benzathine, procaine, benzyl) is penicillin. */
static const rule_case guard65_cases[] = {
    {"PEN after its salt is penicillin",
     "PMH: HIV+ ON BIKTARVY 1 TAB OD, VL <50 (06/2024), CD4 612\nDX: PRIMARY SYPHILIS\nRX: BENZATHINE PEN 2.4MU IM STAT"
     " (R GLUTEAL), LIDOCAINE 1% AS DILUENT. OBSERVED 15MIN, NO REACTION",
     "Past medical history: HIV positive on Biktarvy 1 tablet once daily, viral load <50 (06/2024), CD4 612. Diagnosis:"
     " primary syphilis.\nTreatment: benzathine penicillin 2.4 million units intramuscularly as a single immediate dose"
     " into the right gluteal muscle, with lidocaine 1% as the diluent. The patient was observed for 15 minutes with no"
     " reaction.",
     "Past medical history: HIV positive on Biktarvy 1 tablet once daily, viral load <50 (06/2024), CD4 612. Diagnosis:"
     " primary syphilis.\nTreatment: benzathine penicillin 2.4 million units intramuscularly as a single immediate dose"
     " into the right gluteal muscle, with lidocaine 1% as the diluent and ceftriaxone 1 g. The patient was observed fo"
     "r 15 minutes with no reaction.",
     "medication"},
};
static void guard65_rules(void) { CHECK_RULE_CASES(guard65_cases); }

/* guard-64 (session 21) */
/* Round 55's German writers: a note written in German recognised as French notes are (its own marks, and the
   German words of its table), its words read in English (KEIN as no, NACH, SEIT, ZIEL, FOERDERUNG...), umlauts
   and the sharp s folded; LIMA and RIMA by their sides. */
static const rule_case guard64_cases[] = {
    {"a German note: KEIN as no, NACH and SEIT, its words in English",
     "POD 1 NACH ACVB X3. KEIN PERIKARDERGUSS, KEIN PNEU. DRAINAGEN: FOERDERUNG 120ML/24H, KEIN LUFTLECK.\nNORA 0,05 UG"
     "/KG/MIN SEIT 06:00, ZIEL MAP > 65.",
     "Postoperative day 1 after coronary artery bypass grafting x3. No pericardial effusion and no pneumothorax. Drains"
     ": 120 mL in 24 hours, no air leak. Noradrenaline 0.05 mcg/kg/min since 06:00, target MAP above 65.",
     "Postoperative day 1 after coronary artery bypass grafting x3. Pericardial effusion and no pneumothorax. Drains: 1"
     "20 mL in 24 hours, no air leak. Noradrenaline 0.05 mcg/kg/min since 06:00, target MAP above 65.",
     "negation"},
    {"a German note's translated tail judged by the words it keeps",
     "POD 2 NACH AKE. KEIN FIEBER, KEINE ATEMNOT.\nHALDOL 0,5MG I.V. EINMALIG.\nMAGENSONDE GEZOGEN, TUBUS ENTFERNT.",
     "Postoperative day 2 after aortic valve replacement. No fever and no dyspnoea. Haldol 0.5 mg IV once. The nasogast"
     "ric tube was removed and the tube was removed.",
     "Postoperative day 2 after aortic valve replacement. No fever and no dyspnoea. Haldol 0.5 mg IV once.",
     "truncation"},
    {"LIMA and RIMA by their sides (an error guard-63 missed)",
     "OP: ACVB X2 (LIMA-LAD, RADIALIS LI.-RCX). KEIN PVL. NORA 0,15 UG/KG/MIN SEIT 15:30.",
     "Operation: coronary artery bypass grafting x2 (left internal mammary artery to the LAD, left radial artery to the"
     " circumflex artery). No paravalvular leak. Noradrenaline 0.15 mcg/kg/min since 15:30.",
     "Operation: coronary artery bypass grafting x2 (left internal mammary artery to the LAD, right radial artery to th"
     "e circumflex artery). No paravalvular leak. Noradrenaline 0.15 mcg/kg/min since 15:30.",
     "laterality"},
};
static void guard64_rules(void) { CHECK_RULE_CASES(guard64_cases); }

/* guard-63 (session 21) */
/* Round 54's first reading: a French note's rewrite read as French too, French numbers, results and rapid tests,
   accented drug names, EN CAS DE; the Portuguese and Spanish interval 8/8H and its prose; ADR after its
   dilution; Palmer teeth in a note on a socket. */
static const rule_case guard63_cases[] = {
    {"a French note's rewrite in French: its words read the same way as its source's",
     "CPN3 - G2P1 A 32 SA. TDR PALU NEG, TDR VIH NEG. PAS DE CEPHALEES, PAS DE TROUBLES VISUELS.\nFER ET ACIDE FOLIQUE "
     "1 CP/J.",
     "Troisi\xC3\xA8me consultation pr\xC3\xA9natale, deuxi\xC3\xA8me geste, \xC3\xA0 32 semaines d'am\xC3\xA9norrh"
     "\xC3\xA9" "e. Test rapide du paludisme n\xC3\xA9gatif ; test rapide VIH n\xC3\xA9gatif. Pas de c\xC3\xA9phal"
     "\xC3\xA9" "es, pas de troubles visuels. Fer et acide folique, 1 comprim\xC3\xA9 par jour.",
     "Troisi\xC3\xA8me consultation pr\xC3\xA9natale, deuxi\xC3\xA8me geste, \xC3\xA0 32 semaines d'am\xC3\xA9norrh"
     "\xC3\xA9" "e. Test rapide du paludisme positif ; test rapide VIH n\xC3\xA9gatif. Pas de c\xC3\xA9phal\xC3\xA9" "e"
     "s, pas de troubles visuels. Fer et acide folique, 1 comprim\xC3\xA9 par jour.",
     "negation"},
    {"a French rewrite names a drug with its accents; EN CAS DE is as needed",
     "PALU GRAVE. ARTESUNATE 144MG IV H0 H12 H24 PUIS ARTEMETHER-LUMEFANTRINE 4 CP X 2/J X 3J.\nPARACETAMOL 1G X 3/J SI"
     " FIEVRE. PAS DE CONVULSIONS.",
     "Paludisme grave. Art\xC3\xA9sunate 144 mg en intraveineuse \xC3\xA0 H0, H12 et H24, puis relais par art\xC3\xA9m"
     "\xC3\xA9ther-lum\xC3\xA9" "fantrine 4 comprim\xC3\xA9s deux fois par jour pendant 3 jours. Parac\xC3\xA9tamol 1 g"
     " trois fois par jour en cas de fi\xC3\xA8vre. Pas de convulsions.",
     "Paludisme grave. Art\xC3\xA9sunate 144 mg en intraveineuse \xC3\xA0 H0, H12 et H24, puis relais par lum\xC3\xA9"
     "fantrine 4 comprim\xC3\xA9s deux fois par jour pendant 3 jours. Parac\xC3\xA9tamol 1 g trois fois par jour en cas"
     " de fi\xC3\xA8vre. Pas de convulsions.",
     "medication"},
    {"an interval written 8/8H, and said de 8 em 8 horas",
     "PRESCRITO: AMOXICILINA 500MG VO 8/8H 7 DIAS.\nRETORNO 7 DIAS.",
     "Prescrita amoxicilina 500 mg por via oral de 8 em 8 horas durante 7 dias. Retorno em 7 dias.",
     "Prescrita amoxicilina 500 mg por via oral de 6 em 6 horas durante 7 dias. Retorno em 7 dias.",
     "numbers"},
    {"ADR after its dilution is adrenaline (an error guard-62 missed)",
     "26 - ACCESS OPENING + EXTRACTION 27 UNDER LA (2% LIGNOCAINE WITH 1:80000 ADR, 1.8ML).",
     "Tooth 26 had an access opening and tooth 27 was extracted under local anaesthetic (2% lignocaine with 1:80000 adr"
     "enaline, 1.8 mL).",
     "Tooth 26 had an access opening and tooth 27 was extracted under local anaesthetic (2% lignocaine, 1.8 mL).",
     "medication"},
    {"a tooth in Palmer notation in a note on a socket",
     "R/V: DRY SOCKET LL8 SOCKET, XLA 3/7 AGO AT GDP\nSOCKET IRRIGATED WITH WARM SALINE, ALVOGYL PLACED. NO ABX",
     "Review for a dry socket at the LL8 socket; the tooth was extracted three days ago by the general dental practitio"
     "ner. The socket was irrigated with warm saline and Alvogyl was placed. No antibiotics.",
     "Review for a dry socket at the LR8 socket; the tooth was extracted three days ago by the general dental practitio"
     "ner. The socket was irrigated with warm saline and Alvogyl was placed. No antibiotics.",
     "laterality"},
};
static void guard63_rules(void) { CHECK_RULE_CASES(guard63_cases); }

/* guard-62 (session 21) */
/* Round 53: notes written in French or with French words (the sides D and G after what they side, French
   negation, times a day, intervals, hours and words in English; the rest of a French sentence weighed only by
   what the lexicon knows), RV as a review, markers' minus signs in a list, clotting factors by letter, the
   consequent of an if-not, a table's column headers, in situ as one word, an abbreviation's sentence by its
   number. */
static const rule_case guard62_cases[] = {
    {"a French note: its sides D and G after what they side, PAS DE as no, PUIS as then",
     "ALERTE THROMBOLYSE 14H20. F 78A, DEF BRACHIO-FACIAL D + APHASIE DEPUIS 13H05.\nTDM: PAS D'HEMORRAGIE. ANGIO-TDM: "
     "OCCLUSION M1 G\nACTILYSE 0,9MG/KG = 57,6MG: BOLUS 5,8MG IVD PUIS 51,8MG IVSE SUR 60MIN.",
     "Thrombolysis alert at 14:20. A 78-year-old woman with a right brachiofacial deficit and aphasia since 13:05. CT s"
     "howed no haemorrhage. CT angiography showed occlusion of the left M1. Actilyse 0.9 mg/kg = 57.6 mg: a bolus of 5."
     "8 mg intravenously, then 51.8 mg by continuous intravenous infusion over 60 minutes.",
     "Thrombolysis alert at 14:20. A 78-year-old woman with a left brachiofacial deficit and aphasia since 13:05. CT sh"
     "owed no haemorrhage. CT angiography showed occlusion of the left M1. Actilyse 0.9 mg/kg = 57.6 mg: a bolus of 5.8"
     " mg intravenously, then 51.8 mg by continuous intravenous infusion over 60 minutes.",
     "laterality"},
    {"the French negation before a finding said in both languages",
     "H 61 ans, AIT 20 MIN hier soir, resolu. NIHSS 0 ce matin.\nCT/angio-CT: pas d'occlusion, pas de stenose carotidie"
     "nne significative.",
     "A 61-year-old man had a 20-minute transient ischaemic attack yesterday evening, which has resolved. NIHSS 0 this "
     "morning. CT and CT angiography showed no occlusion and no significant carotid stenosis.",
     "A 61-year-old man had a 20-minute transient ischaemic attack yesterday evening, which has resolved. NIHSS 0 this "
     "morning. CT and CT angiography showed no occlusion and significant carotid stenosis.",
     "negation"},
    {"the French times a day, X2/J and 1/J, and SI DOULEUR as needed",
     "POST-OP J1 CRANIOTOMIE FRONTALE G. PAS DE DEFICIT, PAS DE CRISE.\nKEPPRA 500MG X2/J PO. KARDEGIC 160MG 1/J. DAFAL"
     "GAN 1G SI DOULEUR, MAX 3G/J.",
     "Postoperative day 1 after a left frontal craniotomy. No deficit and no seizure. Keppra 500 mg orally twice daily."
     " Kardegic 160 mg once daily. Dafalgan 1 g as needed for pain, maximum 3 g per day.",
     "Postoperative day 1 after a left frontal craniotomy. No deficit and no seizure. Keppra 500 mg orally three times "
     "daily. Kardegic 160 mg once daily. Dafalgan 1 g as needed for pain, maximum 3 g per day.",
     "frequency"},
    {"the French interval with a slash, and an hour after a date as a time of day",
     "TRANSMISSION UNV - 2024-01-29 - 11h. PAS DE FIEVRE.\nNIMODIPINE 60MG PO /4H. SURVEILLANCE TA /15MIN PENDANT 2H.",
     "Stroke unit handover, 2024-01-29 at 11:00. No fever. Nimodipine 60 mg orally every 4 hours. Blood pressure monito"
     "ring every 15 minutes for 2 hours.",
     "Stroke unit handover, 2024-01-29 at 11:00. No fever. Nimodipine 60 mg orally every 6 hours. Blood pressure monito"
     "ring every 15 minutes for 2 hours.",
     "frequency"},
    {"a French note's translated tail, judged by the words it keeps",
     "POST-OP J1 CRANIOTOMIE FRONTALE G (MENINGIOME). GCS 15, PAS DE DEFICIT, PAS DE CRISE.\nKEPPRA 500MG X2/J PO.\nPAN"
     "SEMENT SEC. LEVER AU FAUTEUIL.",
     "Postoperative day 1 after a left frontal craniotomy for meningioma. GCS 15, no deficit and no seizure. Keppra 500"
     " mg orally twice daily. The dressing is dry. The patient may get up to the chair.",
     "Postoperative day 1 after a left frontal craniotomy for meningioma. GCS 15, no deficit and no seizure. Keppra 500"
     " mg orally twice daily.",
     "truncation"},
    {"French sides after a colon, a parenthesis and a comparison",
     "GCS 8 a l'arrivee, anisocorie D>G (D 6MM areactive). CT: HSD aigu D 18MM.\nPupilles: D 4mm peu reactive, G 3mm re"
     "active. Pas d'anticoagulant. Au bloc: evacuation.",
     "GCS 8 on arrival, with anisocoria, the right pupil larger than the left (right 6 mm and unreactive). CT: acute ri"
     "ght subdural haematoma of 18 mm. Pupils: right 4 mm and sluggish, left 3 mm and reactive. No anticoagulant. In th"
     "eatre: evacuation.",
     "GCS 8 on arrival, with anisocoria, the right pupil larger than the left (right 6 mm and unreactive). CT: acute le"
     "ft subdural haematoma of 18 mm. Pupils: right 4 mm and sluggish, left 3 mm and reactive. No anticoagulant. In the"
     "atre: evacuation.",
     "laterality"},
    {"NON CONNUE as unknown, and the French eyes",
     "AVIS OPH POUR AVC OCCIPITAL G.\nAV OD 8/10, OG 9/10. HLH D CONGRUENTE. DG: AVC sur ACFA non connue.\nPas de condu"
     "ite automobile, revoir CV a 3 mois.",
     "Ophthalmology opinion for a left occipital stroke. Visual acuity 8/10 in the right eye and 9/10 in the left eye. "
     "Congruent right homonymous hemianopia. Diagnosis: stroke due to previously unknown atrial fibrillation. No drivin"
     "g; repeat the visual field test at 3 months.",
     "Ophthalmology opinion for a left occipital stroke. Visual acuity 8/10 in the right eye and 9/10 in the left eye. "
     "Congruent left homonymous hemianopia. Diagnosis: stroke due to previously unknown atrial fibrillation. No driving"
     "; repeat the visual field test at 3 months.",
     "laterality"},
    {"RV before when is a review, not the right ventricle",
     "ADV: CONTINUE TAB VEENAT 400MG OD AFTER FOOD. AVOID GRAPEFRUIT.\nREPEAT BCR-ABL IN 3 MONTHS. RV SOS.",
     "Advice: continue Veenat 400 mg once daily after food; avoid grapefruit. Repeat BCR-ABL in 3 months. Review as nee"
     "ded.",
     "Advice: continue Veenat 400 mg once daily after food; avoid grapefruit. Repeat BCR-ABL in 6 months. Review as nee"
     "ded.",
     "numbers"},
    {"a marker's minus glued between markers (an error guard-61 missed)",
     "FLOW: CD38+/CD138+/CD19-/CD56+ CLONAL PLASMA CELLS.\nCONCLUSION: PLASMA CELL MYELOMA.",
     "Flow cytometry shows clonal plasma cells that are CD38 positive, CD138 positive, CD19 negative and CD56 positive."
     " Conclusion: plasma cell myeloma.",
     "Flow cytometry shows clonal plasma cells that are CD38 positive, CD138 positive, CD19 positive and CD56 positive."
     " Conclusion: plasma cell myeloma.",
     "negation"},
    {"a clotting factor by its letter, and its numeral before a dose",
     "12 YR M, SEVERE HAEMOPHILIA A (FVIII <1%).\nINJ FACTOR VIII (RECOMBINANT) 1000 IU IV STAT GIVEN AT 10:45.",
     "A 12-year-old boy with severe haemophilia A (factor VIII level below 1%). Recombinant factor VIII 1000 Internatio"
     "nal Units IV was given immediately at 10:45.",
     "A 12-year-old boy with severe haemophilia A (factor VIII level below 1%). Recombinant factor VIII 1500 Internatio"
     "nal Units IV was given immediately at 10:45.",
     "numbers"},
    {"what is to be done if a finding does not come is not negated (an error guard-61 missed)",
     "RECHECK DOPPLER LT DP HOURLY, IF NOT RETURNED CONSIDER FASCIOTOMY.\nDRESSING: FLAMAZINE + GAUZE.",
     "Recheck the left dorsalis pedis Doppler hourly; if the signal has not returned, consider fasciotomy. Dressing: Fl"
     "amazine and gauze.",
     "Recheck the left dorsalis pedis Doppler hourly; if the signal has not returned, do not consider fasciotomy. Dress"
     "ing: Flamazine and gauze.",
     "negation"},
    {"a table's column header said of each row",
     "TIME | COLOUR | TEMP | CAP REFILL | DOPPLER\n0000 | PINK | WARM | 2 SEC | +VE\n0200 | PINK | WARM | 2 SEC | +VE"
     "\n0400 | PINK | WARM | 3 SEC | +VE\n0600 | PINK | WARM | 2 SEC | +VE",
     "At 0000 the flap was pink and warm, capillary refill 2 seconds, Doppler signal positive. At 0200 it was pink and "
     "warm, capillary refill 2 seconds, Doppler positive. At 0400 it was pink and warm, capillary refill 3 seconds, Dop"
     "pler positive. At 0600 it was pink and warm, capillary refill 2 seconds, Doppler positive.",
     "At 0000 the flap was pink and warm, capillary refill 2 seconds, Doppler signal positive. At 0200 it was pink and "
     "warm, capillary refill 2 seconds, Doppler positive. At 0400 it was pink and warm, capillary refill 3 seconds, Dop"
     "pler positive. At 0600 it was pink and warm, capillary refill 2 seconds, Doppler positive. At 0600 it was pink an"
     "d warm, capillary refill 2 seconds, Doppler positive. At 0600 it was pink and warm, capillary refill 2 seconds, D"
     "oppler positive.",
     "repetition"},
    {"in situ written as one word; an abbreviation's tail sentence with its number",
     "TARGET UO 0.5ML/KG/HR = 41ML/HR\nIDC INSITU, NGT INSITU\nBSL 7.8",
     "Target urine output 0.5 mL/kg/hr = 41 mL/hr. Indwelling catheter and nasogastric tube in situ. Blood glucose 7.8.",
     "Target urine output 0.5 mL/kg/hr = 41 mL/hr. Indwelling catheter and nasogastric tube in situ. Blood glucose 8.7.",
     "numbers"},
};
static void guard62_rules(void) { CHECK_RULE_CASES(guard62_cases); }

/* guard-61 (session 21) */
/* Round 52's rest: short names of penicillin, iron, co-trimoxazole, azathioprine and bleomycin; surfactants by
   brand; retinopathy of prematurity and a blood culture's result; a decimal dextrose; the Italian day after the
   vein or a sachet, and as a strength's denominator; dated headings in another language; markers naming a
   disease's kind; responses; bounds on a drug; lists to avoid; rulings out after a comma; a unit's number; q2cm;
   taper steps; release letters; no-break spaces after dates; ampoules; none needed; doses not taken; item labels
   said as cases; shunts across an arrow; sternal edges. */
static const rule_case guard61_cases[] = {
    {"PEN G is penicillin G",
     "PEN G 50 000 U/KG IV 12HRLY\nGENTA 5MG/KG IV 36HRLY",
     "Penicillin G 50 000 units/kg intravenously every 12 hours. Gentamicin 5 mg/kg intravenously every 36 hours.",
     "Gentamicin 5 mg/kg intravenously every 36 hours.",
     "medication"},
    {"Fe is iron",
     "Heme: Hct 24% this AM. No transfusion. Cont Fe 3 mg/kg/d.",
     "Hematology: hematocrit 24% this morning. No transfusion. Continue iron 3 mg/kg/day.",
     "Hematology: hematocrit 24% this morning. No transfusion. Continue zinc 3 mg/kg/day.",
     "medication"},
    {"CTX in a note on HIV is co-trimoxazole (an error guard-60 missed)",
     "MOTHER HIV +VE ON TLD. NVP 15MG PO DLY X 12/52. CTX FROM 6/52.",
     "The mother is HIV positive on TLD. Nevirapine 15 mg orally daily for 12 weeks. Cotrimoxazole from 6 weeks.",
     "The mother is HIV positive on TLD. Nevirapine 15 mg orally daily for 12 weeks. Ceftriaxone from 6 weeks.",
     "medication"},
    {"AZA in a note on Crohn's disease is azathioprine",
     "Crohn's ileal dx 2021. Previously: budesonide 9mg x 3 courses, AZA stopped 2022 (pancreatitis).",
     "Ileal Crohn's disease diagnosed in 2021. Previously budesonide 9 mg for 3 courses; azathioprine was stopped in 20"
     "22 because of pancreatitis.",
     "Ileal Crohn's disease diagnosed in 2021. Previously budesonide 9 mg for 3 courses; methotrexate was stopped in 20"
     "22 because of pancreatitis.",
     "medication"},
    {"BLEO is bleomycin",
     "CHEMO (BLEO/VINCRISTINE) - PT DECLINED.",
     "Chemotherapy (bleomycin/vincristine) was declined by the patient.",
     "Chemotherapy (bleomycin/vincristine/doxorubicin) was declined by the patient.",
     "medication"},
    {"ROP in a newborn's note is retinopathy of prematurity",
     "GA 30 WKS, BW 1.18KG, PRETERM. ROP SCREEN 26/01/2024 - NO ROP, REVIEW AFTER 2 WKS",
     "Preterm baby born at 30 weeks, birth weight 1.18 kg. ROP screening on 26/01/2024 showed no retinopathy of prematu"
     "rity; review after 2 weeks.",
     "Preterm baby born at 30 weeks, birth weight 1.18 kg. ROP screening on 26/01/2024 showed retinopathy of prematurit"
     "y; review after 2 weeks.",
     "negation"},
    {"BC NEG is a negative blood culture; a result's final is no finding",
     "PROBABLE EOS: CRP 38, BC NEG. BCx neg final.",
     "Probable early-onset sepsis: CRP 38, blood culture negative. Blood culture negative, final.",
     "Probable early-onset sepsis: CRP 38, blood culture positive. Blood culture negative, final.",
     "negation"},
    {"a dextrose strength with a decimal",
     "FEN/GI: TF 150 ml/kg/d. TPN D12.5 w/ AA 3.5 g/kg/d.",
     "Fluids and nutrition: total fluids 150 mL/kg/day. TPN with 12.5% dextrose and amino acids 3.5 g/kg/day.",
     "Fluids and nutrition: total fluids 150 mL/kg/day. TPN with 10% dextrose and amino acids 3.5 g/kg/day.",
     "numbers"},
    {"the Italian times a day after the vein",
     "Fever 38,2 C day 1, treated with paracetamolo 1 g ev x 3/die.",
     "Fever of 38.2 C on day 1, treated with paracetamol 1 g intravenously three times daily.",
     "Fever of 38.2 C on day 1, treated with paracetamol 1 g intravenously four times daily.",
     "frequency"},
    {"the Italian times a day after a sachet",
     "For pruritus: colestiramina 4 g 1 bustina x 2/die, at distance from UDCA (4 hours).\nControl in 3 months with LFT"
     "s.",
     "For pruritus: cholestyramine 4 g, one sachet twice daily, taken 4 hours apart from UDCA. Follow-up in 3 months wi"
     "th liver function tests.",
     "For pruritus: cholestyramine 4 g, one sachet once daily, taken 4 hours apart from UDCA. Follow-up in 3 months wit"
     "h liver function tests.",
     "frequency"},
    {"a dated heading in Italian said in English",
     "Ambulatorio malattie colestatiche - 06/06/2023\nPz ***, F, 59 aa. PBC on UDCA 900 mg/die since 04/2021.",
     "Cholestatic liver disease clinic, 06/06/2023. Patient ***, female, 59 years old, with primary biliary cholangitis"
     ", on UDCA 900 mg daily since 04/2021.",
     "06/06/2023. Patient ***, female, 59 years old, with primary biliary cholangitis, on UDCA 900 mg daily since 04/20"
     "21.",
     "truncation"},
    {"a marker's result naming the kind of a disease (an error guard-60 missed)",
     "HBSAG +VE SINCE 2019. HBEAG -VE.\nDX: HBEAG NEGATIVE CHRONIC HEPATITIS B",
     "HBsAg positive since 2019; HBeAg negative. Diagnosis: HBeAg-negative chronic hepatitis B.",
     "HBsAg positive since 2019; HBeAg negative. Diagnosis: HBeAg-negative, no chronic hepatitis B.",
     "negation"},
    {"what a response failed to was given",
     "Histo: 45 eos/hpf - c/w EoE, PPI non-responsive. Pt not responding to 3 nebs.",
     "Histology: 45 eosinophils per high-power field, consistent with eosinophilic oesophagitis not responsive to PPI. "
     "The patient has not responded to three nebulisations.",
     "Histology: 45 eosinophils per high-power field, consistent with eosinophilic oesophagitis not responsive to PPI. "
     "The patient has responded to three nebulisations.",
     "negation"},
    {"no more of a drug than a bound",
     "SUPPORTIVE: ORAL FLUIDS, NO PARACETAMOL >2G/DAY, NO HERBAL MEDS.",
     "Supportive care: oral fluids; no more than 2 g of paracetamol per day; no herbal medicines.",
     "Supportive care: oral fluids; more than 2 g of paracetamol per day; no herbal medicines.",
     "numbers"},
    {"a list of drugs to avoid, then its reason",
     "AVOID MORPHINE/OXYCODONE/DIAMORPHINE - RENAL.",
     "Avoid morphine, oxycodone and diamorphine because of the renal failure.",
     "Avoid morphine and oxycodone; diamorphine because of the renal failure.",
     "negation"},
    {"a suspicion and its ruling out parted by a comma",
     "PROBLEMS: SUSPECTED NEC RULED OUT 2024/08/12 - ABX STOPPED AFTER 72HRS",
     "Problems: suspected necrotising enterocolitis, ruled out on 2024/08/12, with antibiotics stopped after 72 hours.",
     "Problems: suspected necrotising enterocolitis, confirmed on 2024/08/12, with antibiotics stopped after 72 hours.",
     "negation"},
    {"a place's unit is no finding",
     "87F, ASP PNEUMONIA. CEILING OF CARE: WARD-BASED. NOT FOR ITU. NOT FOR NIV.",
     "An 87-year-old woman with aspiration pneumonia, admitted to the acute medical unit. Ceiling of care: ward-based. "
     "Not for intensive care. Not for NIV.",
     "An 87-year-old woman with aspiration pneumonia, admitted to the acute medical unit. Ceiling of care: ward-based. "
     "For intensive care. Not for NIV.",
     "negation"},
    {"a medical unit's number is no dose",
     "28/7 WARD 4 MU-II. ASCITIC TAP DONE 5 LTR.",
     "28/7, Ward 4, Medical Unit II. An ascitic tap was done, removing 5 litres.",
     "28/7, Ward 4, Medical Unit II. An ascitic tap was done, removing 3 litres.",
     "numbers"},
    {"biopsies every 2 cm",
     "Small HH 2cm. Seattle protocol bx (4 quadrant q2cm), 3 jars.",
     "Small 2 cm hiatus hernia. Biopsies were taken according to the Seattle protocol (4-quadrant biopsies every 2 cm),"
     " in 3 jars.",
     "Small 2 cm hiatus hernia. Biopsies were taken according to the Seattle protocol (4-quadrant biopsies every 1 cm),"
     " in 3 jars.",
     "numbers"},
    {"a taper's step with a decimal comma",
     "Plan: prednisone 10 mg/die from next week, then reduce by 2,5 mg every 2 weeks until 5 mg/die.",
     "Plan: prednisone 10 mg daily from next week, then reduce by 2.5 mg every 2 weeks until 5 mg daily.",
     "Plan: prednisone 10 mg twice daily from next week, then reduce by 2.5 mg every 2 weeks until 5 mg daily.",
     "frequency"},
    {"a release's letters between a short name and its strength",
     "ON OXYNEO 40MG PO Q12H + OXY IR 10MG PO Q2H PRN (TAKING 6/DAY).",
     "She is on OxyNeo 40 mg orally every 12 hours plus immediate-release oxycodone (Oxy IR) 10 mg orally every 2 hours"
     " as needed (taking 6 doses a day).",
     "She is on OxyNeo 40 mg orally every 12 hours plus immediate-release oxycodone (Oxy IR) 10 mg orally every 4 hours"
     " as needed (taking 6 doses a day).",
     "frequency"},
    {"a date before a mis-decoded no-break space",
     "NICU, *** HOSPITAL, PUNE  DT 19/11/23\xC3\x82\nB/O PRIYA, D2, 37 WKS, 2.75KG",
     "NICU, *** Hospital, Pune, dated 19/11/23. Baby of Priya, day 2, 37 weeks, 2.75 kg.",
     "NICU, *** Hospital, Pune, dated 19/11/23. Baby of Priya, day 2, 37 weeks, 2.25 kg.",
     "numbers"},
    {"a box's ampoules for each drug",
     "- MORPHINE SULPHATE 10MG/ML AMP X10 - 2.5-5MG SC 2-4HRLY PRN PAIN\n- MIDAZOLAM 10MG/2ML AMP X10 - 2.5-5MG SC 2-4H"
     "RLY PRN AGITATION\n- LEVOMEPROMAZINE 25MG/ML AMP X10 - 2.5-5MG SC 4HRLY PRN N/V",
     "Morphine sulfate 10 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 2 to 4 hours as needed for pain.\nMidazo"
     "lam 10 mg/2 mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 2 to 4 hours as needed for agitation.\nLevomepromaz"
     "ine 25 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 4 hours as needed for nausea or vomiting.",
     "Morphine sulfate 10 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 2 to 4 hours as needed for pain.\nMidazo"
     "lam 10 mg/2 mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 2 to 4 hours as needed for agitation.\nLevomepromaz"
     "ine 25 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 4 hours as needed for nausea or vomiting.\nLevomeprom"
     "azine 25 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 4 hours as needed for nausea or vomiting.\nLevomepr"
     "omazine 25 mg/mL, 10 ampoules: 2.5 to 5 mg subcutaneously every 4 hours as needed for nausea or vomiting.",
     "repetition"},
    {"none needed says no dose was needed",
     "GLYCOPYRROLATE 0.4MG SC Q4H PRN SECRETIONS - NONE NEEDED.",
     "Glycopyrrolate 0.4 mg subcutaneously every 4 hours as needed for secretions; none needed.",
     "Glycopyrrolate 0.4 mg subcutaneously every 2 hours as needed for secretions; none needed.",
     "frequency"},
    {"a drug not taken, its schedule between",
     "NOW UNABLE TO SWALLOW. ORAL MORPHINE 10MG 4HRLY NOT TAKEN X2 DAYS. GIVEN MORPHINE SOLUTION PR.",
     "He is now unable to swallow, and his oral morphine 10 mg every 4 hours has not been taken for two days. Morphine "
     "solution was given rectally.",
     "He is now unable to swallow, and his oral morphine 10 mg every 4 hours has been taken for two days. Morphine solu"
     "tion was given rectally.",
     "negation"},
    {"a list's item label said as its case",
     "THEATRE LIST 2024/09/03:\n1. BABY ***, EX-28/40, WT 2.4KG - B/L INGUINAL HERNIAE. FOR B/L HERNIOTOMY.",
     "Theatre list for 2024/09/03, case 1: baby ***, born at 28 weeks, weight 2.4 kg, with bilateral inguinal herniae. "
     "Planned for bilateral herniotomy.",
     "Theatre list for 2024/09/03, case 1: baby ***, born at 28 weeks, weight 2.4 kg, with bilateral inguinal herniae. "
     "Planned for bilateral herniotomy at 2 months.",
     "numbers"},
    {"a shunt's direction across an arrow; where a murmur is heard",
     "Cardiology OPD - 4mo M, VSD (perimembranous 6mm) L->R shunt.\nPansystolic murmur 3/6 LLSE.",
     "Cardiology outpatient review of a 4-month-old boy with a 6 mm perimembranous ventricular septal defect with a lef"
     "t-to-right shunt. There is a grade 3/6 pansystolic murmur at the left lower sternal edge.",
     "Cardiology outpatient review of a 4-month-old boy with a 6 mm perimembranous ventricular septal defect with a rig"
     "ht-to-right shunt. There is a grade 3/6 pansystolic murmur at the left lower sternal edge.",
     "laterality"},
    {"a strength per Italian day names its drug (an error guard-60 missed)",
     "Discharged 09/02/2024. CT control in 4-6 weeks. Continue Vemlidy 25 mg/die.",
     "Discharged on 09/02/2024. Control CT in 4-6 weeks. Continue Vemlidy 25 mg daily.",
     "Discharged on 09/02/2024. Control CT in 4-6 weeks. Continue 25 mg daily.",
     "medication"},
    {"a neonatal unit's surfactant by brand (an error guard-60 missed)",
     "RDS - RECEIVED SURFACTANT (SURVANTA 4ML/KG x1 DOSE). CAFFEINE 5MG/KG PO DAILY.",
     "Respiratory distress syndrome, for which the baby received surfactant (Survanta 4 mL/kg, one dose). Caffeine 5 mg"
     "/kg orally daily.",
     "Respiratory distress syndrome, for which the baby received surfactant (4 mL/kg, one dose). Caffeine 5 mg/kg orall"
     "y daily.",
     "medication"},
};
static void guard61_rules(void) { CHECK_RULE_CASES(guard61_cases); }

/* guard-60 (session 20) */
/* A drug's strength for renaming is its own: not across a comma, a semicolon or a plus. */
static const rule_case guard60_cases[] = {
    {"a strength across a comma or a plus is another drug's (an error guard-59 missed)",
     "K 6.1 (nonhemolyzed). Ca gluconate 1g IV, insulin 10 units IV + D50 25g, Lokelma 10g PO. Repeat K in 2h.",
     "Potassium 6.1 (non-hemolyzed). Calcium gluconate 1 g IV, insulin 10 units IV with D50 25 g, and Lokelma 10 g by mout"
     "h were given. Repeat the potassium in 2 hours.",
     "Potassium 6.1 (non-hemolyzed). Calcium gluconate 1 g IV, 10 units IV with D50 25 g, and Lokelma 10 g by mouth were g"
     "iven. Repeat the potassium in 2 hours.",
     "medication"},
};
static void guard60_rules(void) { CHECK_RULE_CASES(guard60_cases); }

/* guard-59 (session 20) */
/* Round 52's palliative, neonatal and Italian gastroenterology writers: the Italian /die, amounts per day, RE
   after a team member, RT in a palliative note, Italian drug endings, a bare number's unit from its line, a
   unit's denominator. */
static const rule_case guard59_cases[] = {
    {"the Italian times a day, 1 CP X 2/DIE",
     "Therapy: Carvedilolo 6,25 mg 1 cp x 2/die (HR today 64 bpm).",
     "Therapy: carvedilol 6.25 mg, one tablet twice daily (heart rate today 64 bpm).",
     "Therapy: carvedilol 6.25 mg, one tablet three times daily (heart rate today 64 bpm).",
     "frequency"},
    {"an amount per day said daily",
     "Azathioprine 125 mg/die continued. Mesalazine 4 g/day po.",
     "Azathioprine 125 mg daily is continued, with mesalazine 4 g daily by mouth.",
     "Azathioprine 125 mg twice daily is continued, with mesalazine 4 g daily by mouth.",
     "frequency"},
    {"RE after a team member is regarding",
     "PAIN R SHOULDER 4/10. PLAN: SUCTION AT BEDSIDE, SW RE RESPITE + ANTICIPATORY GRIEF.",
     "Pain in the right shoulder 4/10. Plan: suction at the bedside; social work regarding respite and anticipatory grief.",
     "Pain in the left shoulder 4/10. Plan: suction at the bedside; social work regarding respite and anticipatory grief.",
     "laterality"},
    {"RT in a palliative note is radiotherapy",
     "PALLIATIVE CARE REVIEW. URGENT RT REFERRAL TO UCI - MRI NOT AVAILABLE. PAIN L HIP.",
     "Palliative care review. Urgent radiotherapy referral to UCI; MRI is not available. Pain in the left hip.",
     "Palliative care review. Urgent radiotherapy referral to UCI; MRI is not available. Pain in the right hip.",
     "laterality"},
    {"a drug's Italian ending",
     "Mesalazina 4 g/die po.",
     "Mesalazine 4 g daily by mouth.",
     "4 g daily by mouth.",
     "medication"},
    {"a bare number on a line whose dose is in milligrams (an error guard-58 missed)",
     "CLOZAPINE 400MG/D (150 MANE/250 NOCTE). LEVEL 0.52 MG/L.",
     "Clozapine 400 mg per day (150 mg in the morning and 250 mg at night). Level 0.52 mg/L.",
     "Clozapine 400 mg per day (150 mg in the morning and 250 mcg at night). Level 0.52 mg/L.",
     "numbers"},
    {"a unit's denominator after a number's slash is no drug",
     "Lab 14/11: Hb 12,8 g/dl, PLT 88.000/mmc, INR 1,21.",
     "Labs on 14/11: haemoglobin 12,8 g/dL, platelets 88.000/mm3, INR 1,21.",
     "Labs on 14/11: haemoglobin 12,8 g/dL, platelets 88.000/mm3, INR 1,31.",
     "numbers"},
};
static void guard59_rules(void) { CHECK_RULE_CASES(guard59_cases); }

/* guard-58 (session 20) */
/* Round 50's eye, ENT, intensive care and general practice writers and round 51's Dutch, Mexican and Scottish
   ones: hyphened oral names, list labels on numbers, conditions, cataract codes, NORA, drops a day, cannot be,
   stray encoding, the Dutch 4dd1, re., sides of digits, hands and jugular lines, EPO alfa, UI. */
static const rule_case guard58_cases[] = {
    {"OD after an oral form past a hyphened name",
     "OCULOPLASTY: WATERING LT EYE X 1 YR. K/C/O HTN ON TAB TELMA-H 1 OD. RT EYE - NO COMPLAINTS.",
     "Oculoplasty: watering of the left eye for 1 year. She is a known case of hypertension on Telma-H, 1 tablet once dail"
     "y. The right eye has no complaints.",
     "Oculoplasty: watering of the left eye for 1 year. She is a known case of hypertension on Telma-H, 1 tablet once dail"
     "y. The left eye has no complaints.",
     "laterality"},
    {"an item's label on a number after a point; MSICS and PCIOL spelled out",
     "THEATRE LIST\n1. 65YR F - RE MSICS + PCIOL 22.0D\n2. 70YR M - LE MSICS + PCIOL 20.5D",
     "Theatre list.\n1. A 65-year-old woman: right eye manual small-incision cataract surgery with a 22 D posterior chambe"
     "r intraocular lens.\n2. A 70-year-old man: left eye manual small-incision cataract surgery with a 20.5 D posterior c"
     "hamber intraocular lens.",
     "Theatre list.\n1. A 65-year-old woman: right eye manual small-incision cataract surgery with a 22 D posterior chambe"
     "r intraocular lens.\n2. A 70-year-old man: left eye manual small-incision cataract surgery with a 25.5 D posterior c"
     "hamber intraocular lens.",
     "numbers"},
    {"a condition's no better negates its state word only",
     "IF NO BETTER IN 24HRS START PREDNISONE 40MG OD X 5 DAYS & CALL CLINIC.",
     "If no better in 24 hours, start prednisone 40 mg once daily for 5 days and call the clinic.",
     "If no better in 24 hours, do not start prednisone 40 mg once daily for 5 days, and call the clinic.",
     "negation"},
    {"a condition's comma after a word that is no finding",
     "IF NO IMPROVEMENT - ADENOIDECTOMY + RT GROMMET.",
     "If there is no improvement, adenoidectomy with a right grommet.",
     "If there is no improvement, no adenoidectomy and no right grommet.",
     "negation"},
    {"NORA, noradrenaline",
     "3000ML JONOSTERIL GIVEN, THEN NORA START 0.1 MCG/KG/MIN VIA ZVK.",
     "3000 mL of Jonosteril was given, and noradrenaline was then started at 0.1 mcg/kg/min via a central venous catheter.",
     "3000 mL of Jonosteril was given, and noradrenaline was then started at 0.2 mcg/kg/min via a central venous catheter.",
     "numbers"},
    {"times a day after a drop",
     "E/D MILFLOX 1 DROP 6 TIMES LE X 1 WEEK",
     "Milflox eye drops, 1 drop 6 times a day to the left eye for 1 week.",
     "Milflox eye drops, 1 drop 4 times a day to the left eye for 1 week.",
     "frequency"},
    {"cannot be visualised",
     "CANAL OEDEMATOUS, TM NOT VISUALISED. RT EAR NORMAL.",
     "The canal is oedematous and the tympanic membrane cannot be visualised. The right ear is normal.",
     "The canal is oedematous and the tympanic membrane is visualised. The right ear is normal.",
     "negation"},
    {"a stray mis-decoded no-break space ends a word",
     "REPEAT ABG AFTER 2 HRS. IF NO IMPROVEMENT\xC3\x82  CONSIDER INTUBATION",
     "Repeat the arterial blood gas after 2 hours. If there is no improvement, consider intubation.",
     "Repeat the arterial blood gas after 2 hours. If there is no improvement, do not consider intubation.",
     "negation"},
    {"the Dutch times a day, 4dd1 and 1dd",
     "MEDICATION AT DISCHARGE:\n- PARACETAMOL 1000MG 4DD1\n- FRAXIPARINE 2850 IE SC 1DD UNTIL 6 WEEKS POST-OP",
     "Medication at discharge:\n- paracetamol 1000 mg, one tablet four times daily\n- Fraxiparine 2850 units subcutaneousl"
     "y once daily until 6 weeks after the operation",
     "Medication at discharge:\n- paracetamol 1000 mg, one tablet three times daily\n- Fraxiparine 2850 units subcutaneous"
     "ly once daily until 6 weeks after the operation",
     "frequency"},
    {"re. in lower case before a word is regarding",
     "Cast total 6 wks. Parents instructed re. compartment syndrome signs. L forearm.",
     "The cast stays on for 6 weeks in total. The parents were instructed about the signs of compartment syndrome. Left fo"
     "rearm.",
     "The cast stays on for 6 weeks in total. The parents were instructed about the signs of compartment syndrome. Right f"
     "orearm.",
     "laterality"},
    {"a side after a numbered digit is no litre",
     "Hand clinic. Mallet finger dig 4 L (tendinous). Stack splint 8 wks.",
     "Hand clinic. Mallet finger of the left 4th digit (tendinous). Stack splint for 8 weeks.",
     "Hand clinic. Mallet finger of the right 4th digit (tendinous). Stack splint for 8 weeks.",
     "laterality"},
    {"an aside in parentheses between a side and its anatomy",
     "L knee 6 wks post TKA, ROM 0-85. R knee (native): ROM 0-120.",
     "The left knee is 6 weeks after a total knee arthroplasty, with a range of motion of 0-85. The right (native) knee ha"
     "s a range of motion of 0-120.",
     "The left knee is 6 weeks after a total knee arthroplasty, with a range of motion of 0-85. The left (native) knee has"
     " a range of motion of 0-120.",
     "laterality"},
    {"the side of an IJ and of a hand (errors guard-57 missed)",
     "M 56Y, HD VIA R IJ CATHETER X 8 MONTHS. R-HANDED.\nVEIN MAPPING (US): L CEPHALIC AT WRIST 1.8MM, L CEPHALIC AT ELBOW"
     " 3.4MM.",
     "A 56-year-old man on hemodialysis via a right internal jugular catheter for 8 months; he is right-handed. Vein mappi"
     "ng by ultrasound: left cephalic vein 1.8 mm at the wrist and 3.4 mm at the elbow.",
     "A 56-year-old man on hemodialysis via a left internal jugular catheter for 8 months; he is right-handed. Vein mappin"
     "g by ultrasound: left cephalic vein 1.8 mm at the wrist and 3.4 mm at the elbow.",
     "laterality"},
    {"EPO ALFA said epoetin alfa; UI after a dose",
     "MEDS:\nEPO ALFA 2000UI IV 3X/WK (REDUCED FROM 4000UI)",
     "Medications: epoetin alfa 2,000 units intravenously three times a week (reduced from 4,000 units).",
     "Medications: epoetin alfa 3,000 units intravenously three times a week (reduced from 4,000 units).",
     "numbers"},
    {"if there is no improvement on the audiogram",
     "Rx: prednisone 60 mg PO daily x 7d. Offer intratympanic dexamethasone if no improvement at 2 wk audio.",
     "Treatment: prednisone 60 mg by mouth daily for 7 days. Intratympanic dexamethasone will be offered if there is no im"
     "provement on the 2-week audiogram.",
     "Treatment: prednisone 60 mg by mouth daily for 7 days. Intratympanic dexamethasone will be offered if there is impro"
     "vement on the 2-week audiogram.",
     "negation"},
};
static void guard58_rules(void) { CHECK_RULE_CASES(guard58_cases); }

/* guard-57 (session 20) */
/* Round 49's oncology, obstetric and psychiatric writers, and round 50's held-out recall shortfalls: Q4/52,
   spelled-out codes, a para's losses, free after a colon, eye notes by specialty, German sides, a side swapped
   in its sentence, a pair's values given one side. */
static const rule_case guard57_cases[] = {
    {"Q4/52, every four weeks",
     "ZOLEDRONIC ACID 4MG IV OVER 15MIN Q4/52 FOR MYELOMA BONE DX.",
     "Zoledronic acid 4 mg intravenously over 15 minutes every 4 weeks for myeloma bone disease.",
     "Zoledronic acid 4 mg intravenously over 15 minutes every 4 months for myeloma bone disease.",
     "numbers"},
    {"W/WO, with and without contrast",
     "MRI BRAIN W/WO 5/20/24: 1 ENHANCING LESION L CENTRUM SEMIOVALE. NO INFRATENTORIAL LESIONS.",
     "MRI brain with and without contrast, 5/20/24: 1 enhancing lesion in the left centrum semiovale. No infratentorial le"
     "sions.",
     "MRI brain with and without contrast, 5/20/24: 1 enhancing lesion in the left centrum semiovale. Infratentorial lesio"
     "ns.",
     "negation"},
    {"BTL, bilateral tubal ligation",
     "FP COUNSELLED - DESIRES BTL, TO BE DONE AS INTERVAL PROCEDURE.",
     "She was counselled on family planning and desires bilateral tubal ligation, to be done as an interval procedure.",
     "She was counselled on family planning and desires left tubal ligation, to be done as an interval procedure.",
     "laterality"},
    {"TMZ, temozolomide",
     "GBM, CONCURRENT TMZ 75 MG/M2 PO DAILY X 42 DAYS W/ RT 60 GY/30 FX.",
     "Glioblastoma on concurrent temozolomide 75 mg/m2 orally once daily for 42 days with radiotherapy 60 Gy in 30 fractio"
     "ns.",
     "Glioblastoma on concurrent temozolomide 75 mg/m2 orally once daily for 42 days with radiotherapy 60 Gy in 30 fractio"
     "ns and capecitabine.",
     "medication"},
    {"1.2M UNITS, million units",
     "4. BENZATHINE PENICILLIN G 1.2M UNITS IM Q3 WEEKS",
     "4. Benzathine penicillin G 1.2 million units IM every 3 weeks.",
     "4. Benzathine penicillin G 2.4 million units IM every 3 weeks.",
     "numbers"},
    {"an abbreviation spelled out each time may repeat with one word said fewer times",
     "CAROTID DUPLEX: R ICA 70-79% STENOSIS, L ICA <50%\nCTA CONFIRMS R ICA 75% (NASCET)",
     "Carotid duplex: right internal carotid artery stenosis of 70-79%; left internal carotid artery stenosis of less than"
     " 50%. CTA confirms a 75% right internal carotid artery stenosis (NASCET).",
     "Carotid duplex: right internal carotid artery stenosis of 70-79%; right internal carotid artery stenosis of less tha"
     "n 50%. CTA confirms a 75% right internal carotid artery stenosis (NASCET).",
     "laterality"},
    {"a lone para with its losses, P0+1",
     "25YR P0+1, LMP 06/07/2023. NO SYNCOPE, NO FEVER.",
     "A 25-year-old para 0+1 whose last menstrual period was on 06/07/2023. She has had no syncope and no fever.",
     "A 25-year-old para 0+1 whose last menstrual period was on 06/07/2023. She has had syncope and no fever.",
     "negation"},
    {"not yet been reached",
     "PARTOGRAPH: CROSSED ALERT LINE, NOT YET AT ACTION LINE",
     "Partograph: the alert line has been crossed, but the action line has not yet been reached.",
     "Partograph: the alert line has not been crossed, and the action line has been reached.",
     "negation"},
    {"free after a colon reads as free after a copula",
     "TRIAGE: 2 WAITING.\nTHEATRE: FREE. ANAESTHETIST AWARE OF RM 5.",
     "Triage: 2 are waiting. Theatre is free. The anaesthetist is aware of room 5.",
     "Triage: 2 are waiting. Theatre is free. The anaesthetist is aware of room 6.",
     "numbers"},
    {"an eye note by its specialty; no X needed ends at its comma",
     "TSH 6.8, FT4 NORMAL - NO SX, NO TX NEEDED, REPEAT BEFORE C7.\nC/O REDNESS OD ONLY, NO VISION CHANGE - OPHTHO REFERRA"
     "L R/O UVEITIS.",
     "TSH 6.8 with a normal free T4; there are no symptoms, so no treatment is needed; repeat before cycle 7. Complains of"
     " redness in the right eye only, with no change in vision; ophthalmology referral to rule out uveitis.",
     "TSH 6.8 with a normal free T4; there are no symptoms, so no treatment is needed; repeat before cycle 7. Complains of"
     " redness in the left eye only, with no change in vision; ophthalmology referral to rule out uveitis.",
     "laterality"},
    {"1/2 DNS is dextrose normal saline",
     "PRE-HYDRATION: 1/2 DNS + 50MEQ NAHCO3/L @ 150ML/HR, START 12 HRS BEFORE",
     "Pre-hydration: half-strength dextrose normal saline with 50 mEq sodium bicarbonate per litre at 150 mL/hour, started"
     " 12 hours before.",
     "Pre-hydration: half-strength dextrose normal saline with 50 mEq sodium bicarbonate per litre at 100 mL/hour, started"
     " 12 hours before.",
     "numbers"},
    {"Q15 CHECKS, every 15 minutes",
     "REFUSED 2100 OLANZAPINE. NO RESTRAINT. Q15 CHECKS.",
     "Refused the 2100 olanzapine. No restraint. Checks every 15 minutes.",
     "Refused the 2100 olanzapine. No restraint. Checks every 30 minutes.",
     "numbers"},
    {"an RMI's U and M scores",
     "CA-125 22 U/ML. RMI 22 (U1, M1).",
     "CA-125 22 units/mL. Risk of Malignancy Index 22 (ultrasound score 1, menopausal score 1).",
     "CA-125 22 units/mL. Risk of Malignancy Index 22 (ultrasound score 1, menopausal score 3).",
     "numbers"},
    {"a gestation ten tokens after its word of birth (an error guard-56 missed)",
     "NNU D/C SUMMARY - BABY GIRL ***, DOB 02/09/24, 37+0, ELCS, BW 2.94KG",
     "Neonatal unit discharge summary for baby girl ***, born on 2 September 2024 at 37+0 weeks by elective caesarean sect"
     "ion, with a birth weight of 2.94 kg.",
     "Neonatal unit discharge summary for baby girl ***, born on 2 September 2024 at 37+0 months by elective caesarean sec"
     "tion, with a birth weight of 2.94 kg.",
     "numbers"},
    {"and continue starts an instruction of its own",
     "PAIN: HYDROMORPHONE 2 MG PO Q4H PRN. ADD HYDROMORPH CONTIN 6 MG PO Q12H. CONTINUE 2 MG Q4H PRN BREAKTHROUGH.",
     "Pain: hydromorphone 2 mg orally every 4 hours as needed. Add Hydromorph Contin 6 mg orally every 12 hours, and conti"
     "nue 2 mg every 4 hours as needed for breakthrough pain.",
     "Pain: hydromorphone 2 mg orally every 4 hours as needed. Add Hydromorph Contin 6 mg orally every 8 hours, and contin"
     "ue 2 mg every 4 hours as needed for breakthrough pain.",
     "frequency"},
    {"a sentence that says the other side of its source sentence's anatomy (an error guard-56 missed)",
     "67Y/M C/O DIMINISHED VISION LE X 6 MONTHS\nVA RE 6/9 LE 6/36 NIPH\nIOP 14/16 MMHG (NCT)\nLE NS GR III, RE NS GR I. A"
     "DV: LE SICS WITH PCIOL",
     "A 67-year-old man complains of diminished vision in the left eye for 6 months. Visual acuity is 6/9 in the right eye"
     " and 6/36 in the left eye, with no improvement on pinhole. Intraocular pressure by non-contact tonometry is 14 mmHg "
     "in the right eye and 16 mmHg in the left eye.\nThere is nuclear sclerosis grade III in the left eye and grade I in t"
     "he right eye. Advised left eye small-incision cataract surgery with a posterior chamber intraocular lens.",
     "A 67-year-old man complains of diminished vision in the right eye for 6 months. Visual acuity is 6/9 in the right ey"
     "e and 6/36 in the left eye, with no improvement on pinhole. Intraocular pressure by non-contact tonometry is 14 mmHg"
     " in the right eye and 16 mmHg in the left eye.\nThere is nuclear sclerosis grade III in the left eye and grade I in "
     "the right eye. Advised left eye small-incision cataract surgery with a posterior chamber intraocular lens.",
     "laterality"},
    {"two values of a pair given the same side (an error guard-56 missed)",
     "67Y/M C/O DIMINISHED VISION LE X 6 MONTHS\nVA RE 6/9 LE 6/36 NIPH\nIOP 14/16 MMHG (NCT)\nLE NS GR III, RE NS GR I. A"
     "DV: LE SICS WITH PCIOL",
     "A 67-year-old man complains of diminished vision in the left eye for 6 months. Visual acuity is 6/9 in the right eye"
     " and 6/36 in the left eye, with no improvement on pinhole. Intraocular pressure by non-contact tonometry is 14 mmHg "
     "in the right eye and 16 mmHg in the left eye.\nThere is nuclear sclerosis grade III in the left eye and grade I in t"
     "he right eye. Advised left eye small-incision cataract surgery with a posterior chamber intraocular lens.",
     "A 67-year-old man complains of diminished vision in the left eye for 6 months. Visual acuity is 6/9 in the right eye"
     " and 6/36 in the left eye, with no improvement on pinhole. Intraocular pressure by non-contact tonometry is 14 mmHg "
     "in the right eye and 16 mmHg in the right eye.\nThere is nuclear sclerosis grade III in the left eye and grade I in "
     "the right eye. Advised left eye small-incision cataract surgery with a posterior chamber intraocular lens.",
     "laterality"},
    {"NIPH and otalgia said in plain words (errors guard-56 missed)",
     "VA RE 6/9 NIPH. NO OTALGIA, NO VERTIGO.",
     "Visual acuity in the right eye is 6/9, with no improvement on pinhole. There is no ear pain and no vertigo.",
     "Visual acuity in the right eye is 6/9, with no improvement on pinhole. There is ear pain and no vertigo.",
     "negation"},
    {"the German LI and RE after what they side (an error guard-56 missed)",
     "DX: SDH RE, RIB FX 4-8 LI WITH HAEMATOTHORAX LI.\nRESP: THORAXDRAINAGE LI 150ML/24H SEROUS, NO AIR LEAK.",
     "Diagnoses: a right subdural haematoma, fractures of left ribs 4-8 and a left haematothorax. Respiratory: the left ch"
     "est drain produced 150 mL of serous fluid in 24 hours, with no air leak.",
     "Diagnoses: a right subdural haematoma, fractures of left ribs 4-8 and a left haematothorax. Respiratory: the right c"
     "hest drain produced 150 mL of serous fluid in 24 hours, with no air leak.",
     "laterality"},
    {"RE before a gerund after an eye's finding is the right eye (an error guard-56 missed)",
     "NASAL PTERYGIUM RE ENCROACHING 3MM ON CORNEA, LE - PINGUECULA ONLY. VA 6/9 RE, 6/6 LE.\nPLAN: RE PTERYGIUM EXCISION.",
     "A nasal pterygium in the right eye is encroaching 3 mm onto the cornea; the left eye has a pinguecula only. Visual a"
     "cuity is 6/9 in the right eye and 6/6 in the left eye. Plan: right pterygium excision.",
     "A nasal pterygium in the right eye is encroaching 3 mm onto the cornea; the left eye has a pinguecula only. Visual a"
     "cuity is 6/9 in the right eye and 6/6 in the left eye. Plan: left pterygium excision.",
     "laterality"},
};
static void guard57_rules(void) { CHECK_RULE_CASES(guard57_cases); }

/* guard-56 (session 20) */
/* Round 48's Nordic, Spanish, Thai and endocrine writers: doses a day on an x, decimal commas, dose times,
   regimen codes, disposition and duration negations, eyes compared. */
static const rule_case guard56_cases[] = {
    {"a decimal comma the output writes with a point in one place and keeps in another",
     "MEDS: ELIQUIS 2,5MG X2. BLOCK LT 40ML BUPIVAKAIN 2,5MG/ML KL 07:30. OXYNORM 2,5MG PO PRN.",
     "Medications: Eliquis 2.5 mg twice daily. A left block with 40 mL bupivacaine 2,5 mg/mL at 07:30. Oxynorm 2.5 mg by m"
     "outh as needed.",
     "Medications: Eliquis 2.5 mg twice daily. A left block with 40 mL bupivacaine 2,5 mg/mL at 07:30. Oxynorm 5 mg by mou"
     "th as needed.",
     "numbers"},
    {"a lone X1 after a dose, the Nordic once daily",
     "MEDS: MAGNYL 75MG X1, IBUPROFEN 400MG X3 FOR BACK PAIN.",
     "Medications: Magnyl 75 mg once daily and ibuprofen 400 mg three times daily for back pain.",
     "Medications: Magnyl 75 mg once daily and ibuprofen 400 mg twice daily for back pain.",
     "frequency"},
    {"an X-count after MAX, and a spoonful of a mixture after its strength",
     "PAMOL 250MG PR MAX X4/DAY. IPREN MIXTUR 20MG/ML 8ML X3.",
     "Pamol 250 mg rectally up to four times a day. Ipren oral suspension 20 mg/mL, 8 mL three times daily.",
     "Pamol 250 mg rectally up to four times a day. Ipren oral suspension 20 mg/mL, 8 mL twice daily.",
     "frequency"},
    {"every 10 to 12 weeks for 10-12 WEEKLY",
     "PLAN REANDRON 1000MG IM 10-12 WEEKLY ONCE CORTISOL SORTED",
     "The plan is Reandron 1,000 mg intramuscularly every 10 to 12 weeks once the cortisol replacement is sorted out.",
     "The plan is Reandron 1,000 mg intramuscularly daily once the cortisol replacement is sorted out.",
     "frequency"},
    {"Q spaced from its hours",
     "- NSS 1,000 ML/D, RECHECK NA Q 12 HR",
     "- normal saline 1,000 mL/day, with sodium rechecked every 12 hours;",
     "- normal saline 1,000 mL/day, with sodium rechecked every 8 hours;",
     "frequency"},
    {"MIDI as a dose time",
     "ON CORTATE 25MG MANE, 12.5MG MIDI.",
     "He is on Cortate 25 mg in the morning and 12.5 mg at midday.",
     "He is on Cortate 25 mg three times daily and 12.5 mg.",
     "frequency"},
    {"AM after a dose and its route",
     "ON INSULATARD 26U SC AM + 14U PM, HBA1C 10.2%",
     "He is on Insulatard 26 units subcutaneously in the morning and 14 units in the evening; HbA1c 10.2%.",
     "He is on Insulatard 26 units subcutaneously three times daily and 14 units; HbA1c 10.2%.",
     "frequency"},
    {"NOT DET",
     "PLAN: REPEAT VL IN 3/12. RIF RES NOT DET ON XPERT.",
     "Plan: repeat the viral load in 3 months. Rifampicin resistance was not detected on Xpert.",
     "Plan: repeat the viral load in 3 months. Rifampicin resistance was detected on Xpert.",
     "negation"},
    {"INJ after a part of the body is an injury",
     "WOUND 2CM, NO TENDON INJ. IRRIGATION, NOT SUTURED.",
     "The 2 cm wound has no tendon injury; it was irrigated and not sutured.",
     "The 2 cm wound has no tendon injury; it was irrigated and sutured.",
     "negation"},
    {"APPROX before an amount is no drug; Paracet is paracetamol",
     "INTOX PARACET. TOOK ~30 TABS PARACET 500MG (APPROX 15G) AT 21:00.",
     "Paracetamol overdose. She took about 30 tablets of Paracet 500 mg (about 15 g) at 21:00.",
     "Paracetamol overdose. She took about 30 tablets of Paracet 500 mg (about 15 mg) at 21:00.",
     "numbers"},
    {"the Thai NSS and the Nordic MORFIN and VB",
     "NSS 500ML IV STAT. MORFIN 2,5MG IV VB.",
     "Normal saline 500 mL intravenously immediately. Morphine 2.5 mg intravenously as needed.",
     "Normal saline 500 mL intravenously immediately. Morphine 2.5 mg intravenously.",
     "frequency"},
    {"a decimal comma's strength names its drug",
     "OXYNORM 2,5MG PO PRN MAX X4. NIL ELSE.",
     "Oxynorm 2.5 mg by mouth as needed, at most four times a day. Nothing else.",
     "2.5 mg by mouth as needed, at most four times a day. Nothing else.",
     "medication"},
    {"an output once the source says itself takes no source number",
     "INTOX PARACET. 17 Y F, TOOK ~30 TABS. VOMITED ONCE. SUICIDE RISK: 1:1 OBSERVATION.",
     "Paracetamol overdose. A 17-year-old girl took about 30 tablets. She vomited once. Because of suicide risk, she is un"
     "der 1:1 observation.",
     "Paracetamol overdose. A 17-year-old girl took about 30 tablets. She vomited once. Because of suicide risk, she is un"
     "der 1: observation.",
     "numbers"},
    {"the Nordic MIKROG",
     "FENTANYL NASALT 1,5MIKROG/KG = 36MIKROG AT 18:05. X-RAY: DISPLACED DISTAL RADIUS FX.",
     "Intranasal fentanyl 1,5 mcg/kg, which is 36 mcg, was given at 18:05. X-ray showed a displaced distal radius fracture"
     ".",
     "Intranasal fentanyl 1,5 mcg/kg, which is 36 mg, was given at 18:05. X-ray showed a displaced distal radius fracture.",
     "numbers"},
    {"a disposition, NOT FOR ADMISSION, ends at its comma",
     "MENTAL HEALTH C-L R/V: DENIES SI, NOT FOR ADMISSION, ENGAGED W/ HEADSPACE.",
     "Mental health consultation-liaison review: she denies suicidal ideation, is not for admission, and is engaged with h"
     "eadspace.",
     "Mental health consultation-liaison review: she denies suicidal ideation, is not for admission, and is not engaged wi"
     "th headspace.",
     "negation"},
    {"a clause's that ends a post-negation's reach",
     "DISCUSSED: DO NOT STOP PROLIA W/O TRANSITION TO BISPHOSPHONATE.",
     "Discussed that Prolia must not be stopped without a transition to a bisphosphonate.",
     "Prolia was not discussed; it must not be stopped without a transition to a bisphosphonate.",
     "negation"},
    {"negative for a duration",
     "SPUTUM CULTURES NEG X 6 CONSECUTIVE MONTHS. WT 61KG",
     "Sputum cultures have been negative for 6 consecutive months. Weight 61 kg.",
     "Sputum cultures have been positive for 6 consecutive months. Weight 61 kg.",
     "negation"},
    {"a participle with its date before a dash's NOT",
     "MOTHER-IN-LAW 67YR: NO SX, TPT COMPLETED 2021 - NOT REPEATED",
     "Mother-in-law, 67 years: no symptoms; TB preventive therapy was completed in 2021 and will not be repeated.",
     "Mother-in-law, 67 years: no symptoms; TB preventive therapy was completed in 2021 and will be repeated.",
     "negation"},
    {"a parenthesis's list label on a number",
     "HANDOVER\n1) 58 Y M, ALCOHOL WITHDRAWAL.\n2) 34 Y F, PYELONEPHRITIS R.",
     "Handover.\n1) A 58-year-old man with alcohol withdrawal.\n2) A 34-year-old woman with right-sided pyelonephritis.",
     "Handover.\n1) A 58-year-old man with alcohol withdrawal.\n2) A 43-year-old woman with right-sided pyelonephritis.",
     "numbers"},
    {"the German and Nordic IE after a dose",
     "DM2 ON INSULIN (TOUJEO 34 IE X1 + NOVORAPID SLIDING SCALE). TOUJEO REDUCED TO 28 IE.",
     "Type 2 diabetes on insulin: Toujeo 34 units once daily and NovoRapid on a sliding scale. Toujeo has been reduced to "
     "28 units.",
     "Type 2 diabetes on insulin: Toujeo 34 units once daily and NovoRapid on a sliding scale. Toujeo has been reduced to "
     "28 mg.",
     "numbers"},
    {"OD compared with OS is an eye",
     "EXAM: MILD PROPTOSIS OD>OS, NO DIPLOPIA. HERTEL 20MM OD 18MM OS.",
     "Examination: mild proptosis, greater in the right eye than the left eye, and no diplopia. Hertel 20 mm right eye and"
     " 18 mm left eye.",
     "Examination: mild proptosis, greater in the right eye than the left eye, and no diplopia. Hertel 20 mm right eye and"
     " 18 mm right eye.",
     "laterality"},
    {"D5 before its saline",
     "4L NS BOLUS THEN D5 1/2NS @ 150CC/HR ONCE BG <250.",
     "A 4 liter normal saline bolus, followed by 5% dextrose in half-normal saline at 150 mL/hour once blood glucose was b"
     "elow 250.",
     "A 4 liter normal saline bolus, followed by 10% dextrose in half-normal saline at 150 mL/hour once blood glucose was "
     "below 250.",
     "numbers"},
    {"BE after an eye's finding",
     "T 37.0, BP 110/70. NO PAPILLEDEMA BE",
     "Temperature 37.0, blood pressure 110/70. No papilloedema in either eye.",
     "Temperature 37.0, blood pressure 110/70. No papilloedema in the left eye.",
     "laterality"},
    {"an ADR form is no adrenaline",
     "STOP INH IMMEDIATELY. REPORT TO NDA (PHARMACOVIGILANCE) ON ADR FORM.",
     "Stop isoniazid immediately. Report to the NDA (pharmacovigilance) on an adverse drug reaction form.",
     "Stop isoniazid immediately. Report to the NDA (pharmacovigilance) on an adverse drug reaction form, with adrenaline.",
     "medication"},
    {"AMB, amphotericin, and a heading's abbreviation spelled out after its parenthesis",
     "INDUCTION (SINGLE HIGH DOSE L-AMB): LIPOSOMAL AMPHOTERICIN B 10MG/KG IV ONCE\nPRE-HYDRATION 1L NS BEFORE AMB",
     "Induction with single high-dose liposomal amphotericin B: 10 mg/kg intravenously once. Pre-hydrate with 1 L of norma"
     "l saline before amphotericin B.",
     "Induction with single high-dose liposomal amphotericin B: 10 mg/kg intravenously once. Pre-hydrate with 1 L of norma"
     "l saline.",
     "medication"},
    {"HREZ and the months of its intensive phase",
     "DX: TB PLEURISY. START 2HREZ/4HR, WT 60KG, 4 FDC TABS OD. NO STEROIDS",
     "Diagnosis: TB pleurisy. Start 2 months of isoniazid, rifampicin, ethambutol and pyrazinamide followed by 4 months of"
     " isoniazid and rifampicin; weight 60 kg, 4 fixed-dose combination tablets once daily. No steroids.",
     "Diagnosis: TB pleurisy. Start 2 years of isoniazid, rifampicin, ethambutol and pyrazinamide followed by 4 months of "
     "isoniazid and rifampicin; weight 60 kg, 4 fixed-dose combination tablets once daily. No steroids.",
     "numbers"},
    {"a bare number after a dose in micrograms on its line (an error guard-55 missed)",
     "START TAB ELTROXIN 50MCG OD (WT 48KG), ? INCREASE TO 75 AFTER 6 WKS BASED ON TSH",
     "Start Eltroxin 50 mcg once daily (weight 48 kg), with a possible increase to 75 mcg after 6 weeks based on the TSH.",
     "Start Eltroxin 50 mcg once daily (weight 48 kg), with a possible increase to 75 mg after 6 weeks based on the TSH.",
     "numbers"},
};
static void guard56_rules(void) { CHECK_RULE_CASES(guard56_cases); }

/* guard-55 (session 19) */
/* guard-55: more of round 48 (blind154-156); each OK a rewrite guard-54 flagged, each FLAG the same with a
   real error */
static const rule_case guard55_cases[] = {
    {"'insulin' said again where the source names the insulin's kind",
     "BG 240-310 ON SSI ALONE.\nRECS: START GLARGINE 18 UNITS QHS. NO PRANDIAL WHILE NPO.",
     "Blood glucose has been 240 to 310 on sliding-scale insulin alone. Recommendations: start glargine 18 units at bedtim"
     "e. No prandial insulin while he is nil by mouth.",
     "Blood glucose has been 240 to 310 on sliding-scale insulin alone. Recommendations: start glargine 16 units at bedtim"
     "e. No prandial insulin while he is nil by mouth.",
     "numbers"},
    {"the sides in Spanish notes: DCHA, IZQ",
     "FALL ON ICE, WRIST IZQ TENDER. DOG BITE HAND DCHA, 2 PUNCTURES.",
     "A fall on ice, with a tender left wrist, and a dog bite to the right hand with 2 punctures.",
     "A fall on ice, with a tender right wrist, and a dog bite to the right hand with 2 punctures.",
     "laterality"},
    {"SIN after what it sides is the Latin sinister, left",
     "LUXATIO HUMERI SIN, FIRST TIME. 22 YO M, HANDBALL.",
     "First-time dislocation of the left shoulder in a 22-year-old man playing handball.",
     "First-time dislocation of the right shoulder in a 22-year-old man playing handball.",
     "laterality"},
};
static void guard55_rules(void) { CHECK_RULE_CASES(guard55_cases); }

/* guard-54 (session 19) */
/* guard-54: more of round 48 (blind154-156); each OK a rewrite guard-53 flagged, each FLAG the same with a
   real error */
static const rule_case guard54_cases[] = {
    {"'1X2' before a duration's X is twice daily",
     "WOUND DEBRIDED. TAB AUGMENTIN 1GM 1X2 X 10 DAYS, DRESSING EVERY 2 DAYS",
     "The wound was debrided. Augmentin 1 g, one tablet twice daily for 10 days, with dressings every 2 days.",
     "The wound was debrided. Augmentin 1 g, one tablet three times daily for 10 days, with dressings every 2 days.",
     "frequency"},
    {"a TB preventive regimen's code the output keeps, '6H (INH ...)', is months in both texts",
     "ADVERSE EVENT - 15/05/2024. 32YR F ON 6H (INH 300MG OD + PYRIDOXINE 25MG OD)",
     "Adverse event, 15/05/2024. A 32-year-old woman on 6H (isoniazid 300 mg once daily with pyridoxine 25 mg once daily).",
     "Adverse event, 15/05/2024. A 32-year-old woman on 6H (isoniazid 300 mg once daily with pyridoxine 50 mg once daily).",
     "numbers"},
    {"OS after PER is by mouth, no eye",
     "HIP FRACTURE L, SPLINTED, NIL PER OS SINCE 02:00. KNOWN CATARACT BOTH EYES.",
     "Left hip fracture, splinted; nil by mouth since 02:00. Known cataracts in both eyes.",
     "Right hip fracture, splinted; nil by mouth since 02:00. Known cataracts in both eyes.",
     "laterality"},
};
static void guard54_rules(void) { CHECK_RULE_CASES(guard54_cases); }


/* guard-53 (session 19) */
/* guard-53: a first reading of round 48 (blind154-156, read after their first contact on guard-52); each OK a
   rewrite guard-52 flagged, each FLAG the same with a real error (one, marked, an error guard-52 missed) */
static const rule_case guard53_cases[] = {
    {"a count of doses a day on its x after a dose, the Nordic way: 'PARACET 1G X4'",
     "DISTAL RADIUS FX RT, GIPS. PARACET 1G X4, KTR FRACTURE CLINIC 7 DAYS",
     "Distal radius fracture on the right, in plaster. Paracet 1 g four times daily, with a check at the fracture clinic i"
     "n 7 days.",
     "Distal radius fracture on the right, in plaster. Paracet 1 g three times daily, with a check at the fracture clinic "
     "in 7 days.",
     "frequency"},
    {"and after a route before a word of the day: 'IV X2/DAY', 'IV X3 DAILY'",
     "TX: FUROSEMID 80MG IV X2/DAY. THIAMIN 200MG IV X3 DAILY.",
     "Treatment: furosemide 80 mg intravenously twice a day, and thiamine 200 mg intravenously three times daily.",
     "Treatment: furosemide 80 mg intravenously once a day, and thiamine 200 mg intravenously three times daily.",
     "frequency"},
    {"a tablets' count and the times a day, '1X3', the Middle Eastern way",
     "RX: TAB NEOMERCAZOLE 10MG 1X3, TAB INDERAL 10MG 1X3, REFER FOR RAI",
     "Treatment: Neomercazole 10 mg one tablet three times daily and Inderal 10 mg one tablet three times daily; refer for"
     " radioactive iodine.",
     "Treatment: Neomercazole 10 mg one tablet twice daily and Inderal 10 mg one tablet three times daily; refer for radio"
     "active iodine.",
     "frequency"},
    {"'1X1' before a time of day is once daily (a changed frequency guard-52 missed)",
     "ADD: TAB FORXIGA 10MG 1X1 MORNING. ADVICE: LOW SALT DIET",
     "Add Forxiga 10 mg, one tablet once daily in the morning. Advice: a low-salt diet.",
     "Add Forxiga 10 mg, one tablet twice daily in the morning. Advice: a low-salt diet.",
     "frequency"},
    {"the count one space after the x before PRN",
     "LAT MALLEOLUS TENDER, NO RX. RICE, PAMOL 1G X 4 PRN.",
     "The lateral malleolus is tender; no X-ray. Rest, ice, compression and elevation; Pamol 1 g up to four times daily as"
     " needed.",
     "The lateral malleolus is tender; no X-ray. Rest, ice, compression and elevation; Pamol 1 g up to twice daily as need"
     "ed.",
     "frequency"},
    {"'/8H' after a route is every 8 hours, the Spanish way",
     "OBS 24H. PARACETAMOL 1G IV /8H. CONTROL INR IN 3 DAYS.",
     "She will be observed for 24 hours and given paracetamol 1 g intravenously every 8 hours. INR check in 3 days.",
     "She will be observed for 24 hours and given paracetamol 1 g intravenously every 6 hours. INR check in 3 days.",
     "frequency"},
    {"item numbers with a dash and a space at the head of their lines",
     "1- INJ LANTUS 20 IU S.C AT 10 PM\n2- TAB CONCOR 5MG 1X1\n3- TAB ASPOCID 75MG 1X1 AFTER LUNCH",
     "Lantus 20 units subcutaneously at 10 pm; Concor 5 mg one tablet once daily; Aspocid 75 mg one tablet once daily afte"
     "r lunch.",
     "Lantus 20 units subcutaneously at 10 pm; Concor 5 mg one tablet once daily; Aspocid 100 mg one tablet once daily aft"
     "er lunch.",
     "numbers"},
    {"international units per litre are a lab's IU/L",
     "45 YO F DX GRAVES 10/2023 (TRAB 8.4 IU/L), ON METHIMAZOLE 10MG OD",
     "A 45-year-old woman diagnosed with Graves' disease in 10/2023 (TRAb 8.4 International Units per liter), on methimazo"
     "le 10 mg once daily.",
     "A 45-year-old woman diagnosed with Graves' disease in 10/2023 (TRAb 4.8 International Units per liter), on methimazo"
     "le 10 mg once daily.",
     "numbers"},
    {"a TB regimen's continuation phase, '2HRZE/4HR', is months",
     "XPERT MTB DETECTED. STARTS SENSITIVE SCHEME 2HRZE/4HR DAILY, WT 58KG",
     "GeneXpert detected MTB. Starts the drug-sensitive regimen: 2 months of HRZE, then 4 months of HR, daily; weight 58 k"
     "g.",
     "GeneXpert detected MTB. Starts the drug-sensitive regimen: 2 months of HRZE, then 6 months of HR, daily; weight 58 k"
     "g.",
     "numbers"},
};
static void guard53_rules(void) { CHECK_RULE_CASES(guard53_cases); }


/* guard-52 (session 19) */
/* guard-52: round 47 (blind151-153, read after their first contact on guard-50 and a held-out run on
   guard-51); each OK a rewrite guard-51 flagged, each FLAG the same with a real error */
static const rule_case guard52_cases[] = {
    {"the days of a weekly dosing table are no drugs",
     "WARFARIN: MON 5MG TUE 5MG WED 7.5MG THU 5MG FRI 5MG SAT 7.5MG SUN 5MG = 40MG/WK",
     "Warfarin doses: Monday 5 mg, Tuesday 5 mg, Wednesday 7.5 mg, Thursday 5 mg, Friday 5 mg, Saturday 7.5 mg and Sunday "
     "5 mg, a total of 40 mg per week.",
     "Warfarin doses: Monday 5 mg, Tuesday 5 mg, Wednesday 7.5 mg, Thursday 5 mg, Friday 5 mg, Saturday 5 mg and Sunday 5 "
     "mg, a total of 40 mg per week.",
     "numbers"},
    {"a decimal comma is one number when the output writes it with a point",
     "INR 3,9 (ZIEL 2,5-3,5). HB 7,4 G/DL.",
     "The INR is 3.9 (target 2.5 to 3.5). Haemoglobin is 7.4 g/dL.",
     "The INR is 3.9 (target 2.5 to 3.5). Haemoglobin is 4.7 g/dL.",
     "numbers"},
    {"a thousands point before three digits ending in 0",
     "NB OF *** - ROOMING-IN. 26H OF LIFE. BW 3.450G, APGAR 8/9.",
     "Newborn of ***, rooming-in, at 26 hours of life. Birth weight 3450 g, Apgar scores 8 and 9.",
     "Newborn of ***, rooming-in, at 26 hours of life. Birth weight 3540 g, Apgar scores 8 and 9.",
     "numbers"},
    {"the same number on both sides of a slash, then an H, is every so many hours",
     "IBUPROFENO 50MG/ML 22 GTS VO 8/8H SOS.",
     "Ibuprofen 50 mg/mL, 22 drops orally every 8 hours as needed.",
     "Ibuprofen 50 mg/mL, 22 drops orally every 6 hours as needed.",
     "frequency"},
    {"item numbers in parentheses in a list run on in one line",
     "HOME MEDS:\n1. ASPIRIN 80MG 1 TAB OD\n2. CLOPIDOGREL 75MG 1 TAB OD\n3. ATORVASTATIN 80MG 1 TAB HS",
     "Home medications: (1) aspirin 80 mg, one tablet once daily; (2) clopidogrel 75 mg, one tablet once daily; (3) atorva"
     "statin 80 mg, one tablet at bedtime.",
     "Home medications: (1) aspirin 80 mg, one tablet once daily; (2) clopidogrel 75 mg, one tablet once daily; (3) atorva"
     "statin 40 mg, one tablet at bedtime.",
     "numbers"},
    {"'(-)' before a finding of several words is a 'no'",
     "F/U 2D ECHO: EF 38%, LVIDD 58MM. (-) LV THROMBUS.",
     "Follow-up 2D echocardiogram: ejection fraction 38%, LVIDd 58 mm. No left ventricular thrombus.",
     "Follow-up 2D echocardiogram: ejection fraction 38%, LVIDd 58 mm. Left ventricular thrombus.",
     "negation"},
    {"'(-)' closing a statement is said of what stands before it",
     "ECG: ST ELEVATION II, III, AVF; V4R (-)",
     "ECG: ST elevation in leads II, III and aVF; V4R negative.",
     "ECG: ST elevation in leads II, III and aVF; V4R positive.",
     "negation"},
    {"SIG (signa) names no drug after a form",
     "7. LACTULOSE 3.3G/5ML SYRUP - SIG: 15ML HS PRN CONSTIPATION",
     "7. Lactulose syrup 3.3 g/5 mL: 15 mL at bedtime as needed for constipation.",
     "7. Lactulose syrup 3.3 g/5 mL: 15 mL twice daily as needed for constipation.",
     "frequency"},
    {"a syringe driver and a feed's fortifier are no drugs",
     "HEPARIN PERFUSOR 1000 IE/H. DIET: BANKED MILK 24ML 3/24 VIA OGT + FM85 1G/20ML",
     "Heparin by syringe driver at 1000 units/h. Diet: banked human milk 24 mL every 3 hours via orogastric tube with FM85"
     " fortifier 1 g per 20 mL.",
     "Heparin by syringe driver at 1000 units/h. Diet: banked human milk 42 mL every 3 hours via orogastric tube with FM85"
     " fortifier 1 g per 20 mL.",
     "numbers"},
    {"a trailing zero written with a decimal comma is the source's own",
     "PAT. TRAINED ON COAGUCHEK. TARGET INR 2,0-3,0. SELF-TEST TODAY 2,8.",
     "The patient was trained on CoaguChek. Target INR 2.0 to 3.0. Self-test today 2.8.",
     "The patient was trained on CoaguChek. Target INR 2.0 to 3.0. Self-test today 3.8.",
     "numbers"},
    {"BENPEN is benzylpenicillin",
     "SUSPECTED SEPSIS AT BIRTH - BENPEN + GENT 36HRS, CULTURES NEG AT 48HRS.",
     "Suspected sepsis at birth: benzylpenicillin and gentamicin for 36 hours; cultures were negative at 48 hours.",
     "Suspected sepsis at birth: benzylpenicillin and gentamicin for 36 hours; cultures were positive at 48 hours.",
     "negation"},
    {"RT on free drainage is a Ryle's tube",
     "BED 12: ?ADHESIVE SBO. NBM, RT FREE FLOW 300ML BILIOUS/24H.",
     "Bed 12: suspected adhesive small bowel obstruction. Nil by mouth, with the Ryle's tube on free drainage, 300 mL of b"
     "ilious fluid in 24 hours.",
     "Bed 12: suspected adhesive small bowel obstruction. Nil by mouth, with the Ryle's tube on free drainage, 500 mL of b"
     "ilious fluid in 24 hours.",
     "numbers"},
    {"a test for a list, then a copula and the trigger, is said of every item",
     "CXR - L LOWER LOBE CONSOLIDATION. SARS-COV-2/FLU/RSV PCR NEG.",
     "The chest X-ray shows left lower lobe consolidation. PCR for SARS-CoV-2, influenza and RSV was negative.",
     "The chest X-ray shows left lower lobe consolidation. PCR for SARS-CoV-2, influenza and RSV was positive.",
     "negation"},
    {"ETCO2 is the end-tidal carbon dioxide",
     "INTRAOP 1410H: SUDDEN DESAT TO 86%, ETCO2 DROP, HR 132. IV HYDROCORTISONE 200MG.",
     "Intraoperative event at 14:10: a sudden desaturation to 86%, a drop in end-tidal carbon dioxide and a heart rate of "
     "132. Intravenous hydrocortisone 200 mg.",
     "Intraoperative event at 14:10: a sudden desaturation to 86%, a drop in end-tidal carbon dioxide and a heart rate of "
     "132. Intravenous hydrocortisone 100 mg.",
     "numbers"},
};
static void guard52_rules(void) { CHECK_RULE_CASES(guard52_cases); }


/* guard-51 (session 19) */
/* guard-51: round 46 (blind148-150, read after their first contact on guard-49 and guard-50); each OK a
   rewrite guard-50 flagged, each FLAG the same with a real error (the last, marked, an error guard-50 missed) */
static const rule_case guard51_cases[] = {
    {"RE before a queried word is 'regarding' in a text of no eye",
     "NOCTE MEDS 2200: PT REFUSED MIRTAZAPINE 15MG HS X2 ATTEMPTS. INFORM PHARMACIST RE ?ORODISPERSIBLE.",
     "Night medications at 22:00: the patient refused mirtazapine 15 mg at bedtime after 2 attempts. Inform the pharmacist"
     " regarding a possible orodispersible form.",
     "Night medications at 22:00: the patient refused mirtazapine 15 mg at bedtime after 3 attempts. Inform the pharmacist"
     " regarding a possible orodispersible form.",
     "numbers"},
    {"OD after a sachet is once daily, in a note with eye drops",
     "CONTINUE: BISOPROLOL 2.5MG OD, LAXIDO 1 SACHET OD, LATANOPROST 0.005% 1 DROP OU NOCTE.",
     "Continue: bisoprolol 2.5 mg once daily, Laxido 1 sachet once daily, and latanoprost 0.005% 1 drop to both eyes at ni"
     "ght.",
     "Continue: bisoprolol 2.5 mg once daily, Laxido 1 sachet once daily, and latanoprost 0.005% 1 drop to the right eye a"
     "t night.",
     "laterality"},
    {"RT after VIA or before feeding is a Ryle's tube",
     "ADV DEMENTIA, RT FEEDING. CREPS R BASE. AMOXICILLIN 500MG VIA RT Q8H X 7/7.",
     "Advanced dementia, on Ryle's tube feeding. Crepitations at the right base. Amoxicillin 500 mg via the Ryle's tube ev"
     "ery 8 hours for 7 days.",
     "Advanced dementia, on Ryle's tube feeding. Crepitations at the left base. Amoxicillin 500 mg via the Ryle's tube eve"
     "ry 8 hours for 7 days.",
     "laterality"},
    {"OD and OS right after a drop mark an eye note",
     "10. TIMOLOL 0.5% 1 DROP OD BD - CONT\n11. LATANOPROST 0.005% 1 DROP OS ON - CONT",
     "10. Timolol 0.5% 1 drop to the right eye twice daily: continue.\n11. Latanoprost 0.005% 1 drop to the left eye every"
     " night: continue.",
     "10. Timolol 0.5% 1 drop to the right eye twice daily: continue.\n11. Latanoprost 0.005% 1 drop to the right eye ever"
     "y night: continue.",
     "laterality"},
    {"OM after a count of tablets is every morning",
     "AMLODIPINE 10MG OM - CONT. CALTRATE PLUS 1 TAB OM - CONT.",
     "Amlodipine 10 mg every morning, continue; Caltrate Plus 1 tablet every morning, continue.",
     "Amlodipine 10 mg twice daily, continue; Caltrate Plus 1 tablet every morning, continue.",
     "frequency"},
    {"a Unicode dash before VE is negative",
     "ASPIRATE 14/02: WCC 48,000, GRAM STAIN \xE2\x80\x93VE, CULTURE PENDING, NO CRYSTALS.",
     "Aspirate on 14/02: WCC 48,000, Gram stain negative, culture pending, no crystals.",
     "Aspirate on 14/02: WCC 48,000, Gram stain positive, culture pending, no crystals.",
     "negation"},
    {"a taper's step is no frequency of the drug",
     "TAB OMNACORTIL 30MG OD, PLAN REDUCE BY 5MG Q2WKS TILL 10MG.",
     "Omnacortil 30 mg tablet once daily; the plan is to reduce by 5 mg every 2 weeks down to 10 mg.",
     "Omnacortil 30 mg tablet twice daily; the plan is to reduce by 5 mg every 2 weeks down to 10 mg.",
     "frequency"},
    {"CYC is cyclophosphamide",
     "28F LN, ON EURO-LUPUS CYC: INJ ENDOXAN 500MG IV Q2WKS.",
     "A 28-year-old woman with lupus nephritis on the Euro-Lupus cyclophosphamide regimen: Endoxan injection 500 mg intrav"
     "enously every 2 weeks.",
     "A 28-year-old woman with lupus nephritis on the Euro-Lupus cyclophosphamide regimen: Endoxan injection 750 mg intrav"
     "enously every 2 weeks.",
     "numbers"},
    {"SCIG is subcutaneous immunoglobulin",
     "40M CVID. ON SCIG (HIZENTRA) 10G SC WEEKLY VIA PUMP.",
     "A 40-year-old man with common variable immunodeficiency on subcutaneous immunoglobulin (Hizentra) 10 g subcutaneousl"
     "y weekly via a pump.",
     "A 40-year-old man with common variable immunodeficiency on subcutaneous immunoglobulin (Hizentra) 20 g subcutaneousl"
     "y weekly via a pump.",
     "numbers"},
    {"an 'avoid' written after what is avoided reads backwards only",
     "PLAN: STRICT PEANUT AVOIDANCE, CASHEW AVOID PENDING OFC. F/U 6 MO",
     "Plan: strict peanut avoidance, and avoid cashew pending an oral food challenge. Follow-up in 6 months.",
     "Plan: strict peanut avoidance, and cashew may be eaten pending an oral food challenge. Follow-up in 6 months.",
     "negation"},
    {"and before a reason in parentheses",
     "DERMOVATE BD X 4/52. CORSODYL MOUTHWASH - AVOID (STINGING). ANNUAL REVIEW.",
     "Dermovate twice daily for four weeks. Avoid Corsodyl mouthwash because of stinging. Annual review.",
     "Dermovate twice daily for four weeks. Use Corsodyl mouthwash despite stinging. Annual review.",
     "negation"},
    {"'X-free' before a time to come",
     "PLAN: IF ATTACK-FREE NEXT 6 MO, DISCUSS EXTENDING TO Q4WK.",
     "Plan: if she is attack-free over the next 6 months, discuss extending the interval to every 4 weeks.",
     "Plan: if she is attack-free over the next 3 months, discuss extending the interval to every 4 weeks.",
     "numbers"},
    {"a specimen right before the trigger after a PCR is the place",
     "BK PCR BLOOD NEG, CMV PCR NEG. DSA NEG.",
     "BK PCR in blood negative, CMV PCR negative, donor-specific antibodies negative.",
     "BK PCR in blood positive, CMV PCR negative, donor-specific antibodies negative.",
     "negation"},
    {"'NOT IN SITU' reads back to what is not in place",
     "SPC NOT IN SITU. WOUND DRAIN: 80MLS SEROSANGUINOUS",
     "There is no suprapubic catheter in situ. The wound drain contains 80 mL of serosanguinous fluid.",
     "There is a suprapubic catheter in situ. The wound drain contains 80 mL of serosanguinous fluid.",
     "negation"},
    {"a result's time, NEG PRE-PROCEDURE",
     "FLEXI CYSTO: L JJ STENT REMOVED. URINE DIPSTICK NEG PRE-PROCEDURE.",
     "Flexible cystoscopy: the left double-J stent was removed. The urine dipstick was negative before the procedure.",
     "Flexible cystoscopy: the left double-J stent was removed. The urine dipstick was positive before the procedure.",
     "negation"},
    {"OD right after an eye operation is the eye",
     "ADD FINASTERIDE 5MG DAILY. CATARACT SURGERY OD PLANNED 06/2025.",
     "Add finasteride 5 mg daily. Cataract surgery on the right eye is planned for 06/2025.",
     "Add finasteride 5 mg daily. Cataract surgery on the left eye is planned for 06/2025.",
     "laterality"},
    {"a passive's 'left' closing its clause is the verb",
     "RT HYDROCELECTOMY UNDER SPINAL. NO DRAIN. SCROTAL SUPPORT.",
     "Right hydrocelectomy under spinal anaesthesia. No drain was left. Scrotal support.",
     "Left hydrocelectomy under spinal anaesthesia. No drain was left. Scrotal support.",
     "laterality"},
    {"a time the schedule moves to, or a review's time, is no dose slot",
     "STOP HCTZ 25MG QHS (MOVE TO AM). PROTAPHANE 24U NOCTE TO BE REVIEWED BY DR IN AM.",
     "Stop hydrochlorothiazide 25 mg at bedtime and move it to the morning. Protaphane 24 units at night is to be reviewed"
     " by the doctor in the morning.",
     "Stop hydrochlorothiazide 25 mg twice daily and move it to the morning. Protaphane 24 units at night is to be reviewe"
     "d by the doctor in the morning.",
     "frequency"},
    {"'2\xC2\xB0' before a cause is secondary",
     "64YR M, OBSTRUCTIVE UROPATHY 2\xC2\xB0 ?CA PROSTATE (PSA 86NG/ML)",
     "A 64-year-old man with obstructive uropathy secondary to suspected carcinoma of the prostate (PSA 86 ng/mL).",
     "A 64-year-old man with obstructive uropathy secondary to suspected carcinoma of the prostate (PSA 68 ng/mL).",
     "numbers"},
    {"a list's clipped word the output writes out is the source's own repetition",
     "3. AMLODIPINE 10MG OD - CONT\n4. LOSARTAN 50MG OD - CONT\n7. ASPIRIN 100MG OD - CONT",
     "3. Amlodipine 10 mg once daily: continue.\n4. Losartan 50 mg once daily: continue.\n7. Aspirin 100 mg once daily: co"
     "ntinue.",
     "3. Amlodipine 10 mg once daily: continue.\n4. Losartan 50 mg once daily: continue.\n7. Aspirin 75 mg once daily: con"
     "tinue.",
     "numbers"},
    {"a suspended hyphen is no minus sign",
     "MR RAJAN ***, 74, TAMIL/ENGLISH, S/P L BKA 20/10/23.",
     "Mr Rajan ***, aged 74, Tamil- and English-speaking, is status post left below-knee amputation on 20/10/23.",
     "Mr Rajan ***, aged 74, Tamil- and English-speaking, is status post right below-knee amputation on 20/10/23.",
     "laterality"},
    {"an error guard-50 missed: a capital L and R hyphened to each other are the sides",
     "SKIN: GRADE 2 PI SACRUM. TURNS 2HRLY L-R-BACK.",
     "Skin: a grade 2 pressure injury of the sacrum. Turned every 2 hours, rotating left, right and back.",
     "Skin: a grade 2 pressure injury of the sacrum. Turned every 2 hours, rotating left, left and back.",
     "laterality"},
};
static void guard51_rules(void) { CHECK_RULE_CASES(guard51_cases); }


/* guard-50 (session 19) */
/* guard-50: round 45 (blind145-147, read after their first contact on guard-48) and the rest of round 44; each
   OK a rewrite guard-49 flagged, each FLAG the same with a real error (the last three, marked, are errors
   guard-49 missed or caught only by chance) */
static const rule_case guard50_cases[] = {
    {"the cation given alone is the salt the output names: 'MAG 6G IV' -> 'magnesium sulfate 6 g IV'",
     "PP PREECLAMPSIA. MAG 6G IV LOAD THEN 2G/HR X 24H",
     "Postpartum preeclampsia. Magnesium sulfate 6 g IV loading dose, then 2 g per hour for 24 hours.",
     "Postpartum preeclampsia. Potassium chloride 6 g IV loading dose, then 2 g per hour for 24 hours.",
     "medication"},
    {"a route before a postfix form names no drug: 'a rotigotine transdermal patch'",
     "PD PT NBM. CONVERTED TO ROTIGOTINE PATCH 8MG/24H, APPLIED 0600.",
     "The patient with Parkinson's disease is nil by mouth and has been converted to a rotigotine transdermal patch, 8 mg/"
     "24 hours, applied at 06:00.",
     "The patient with Parkinson's disease is nil by mouth and has been converted to a rotigotine transdermal patch, 6 mg/"
     "24 hours, applied at 06:00.",
     "numbers"},
    {"three letters with the same dose per kilogram: AZA 2MG/KG -> azathioprine 2 mg/kg",
     "CROHNS. PRIOR AZA 2MG/KG - STOPPED D/T LEUCOPENIA",
     "Crohn's disease. Azathioprine 2 mg/kg was used previously but was stopped because of leucopenia.",
     "Crohn's disease. Azathioprine 3 mg/kg was used previously but was stopped because of leucopenia.",
     "numbers"},
    {"BUP and FENT of a urine drug screen are buprenorphine and fentanyl",
     "UDS +BUP, -FENT, -COCAINE.",
     "The urine drug screen is positive for buprenorphine and negative for fentanyl and cocaine.",
     "The urine drug screen is positive for buprenorphine and methadone and negative for fentanyl and cocaine.",
     "medication"},
    {"PIT on a labour ward is Pitocin (oxytocin)",
     "L&D 1645. G3P2 @ 40W1D ON PIT 8 MU/MIN. BP 108/62",
     "Labor and delivery at 16:45. G3P2 at 40 weeks 1 day on Pitocin at 8 milliunits/min. Blood pressure 108/62.",
     "Labor and delivery at 16:45. G3P2 at 40 weeks 1 day on Pitocin at 18 milliunits/min. Blood pressure 108/62.",
     "numbers"},
    {"thousands set off by a space: 'CK 48 000' is 48,000",
     "CHBAH ICU. AKI ?RHABDO, CK 48 000. K 6.1",
     "CHBAH ICU. Acute kidney injury with suspected rhabdomyolysis; CK is 48,000. Potassium is 6.1.",
     "CHBAH ICU. Acute kidney injury with suspected rhabdomyolysis; CK is 4,800. Potassium is 6.1.",
     "numbers"},
    {"a finding after NIL PV is negated: no vaginal loss",
     "28YO G1P0 38+2/40. NIL PV LOSS, NIL ABDO PAIN",
     "A 28-year-old G1P0 at 38 weeks and 2 days. She has no vaginal loss and no abdominal pain.",
     "A 28-year-old G1P0 at 38 weeks and 2 days. She has vaginal loss and no abdominal pain.",
     "negation"},
    {"RV before a clinic is review, not the right ventricle",
     "HOME, RV ANC CLINIC 1/7, RETURN IF FURTHER PAIN",
     "She may go home, with review in the antenatal clinic in 1 day, and should return if she has further pain.",
     "She may go home, with review in the antenatal clinic in 2 days, and should return if she has further pain.",
     "numbers"},
    {"a clipped plural that starts an output word reaches it: HYPOS -> hypoglycaemic episodes (a hypo stays negated)",
     "GDM ON INSULIN. BSL 5.8-8.9. NO HYPOS REPORTED.",
     "Gestational diabetes on insulin. Blood sugar levels 5.8 to 8.9. No hypoglycaemic episodes have been reported.",
     "Gestational diabetes on insulin. Blood sugar levels 5.8 to 8.9. Hypoglycaemic episodes have been reported.",
     "negation"},
    {"a compound with a particle said as the verb and the particle: HANDOVER -> handed over",
     "OBS 4 HRLY. HANDOVER TO NIGHT MW",
     "Observations every 4 hours. Handed over to the night midwife.",
     "Observations every 4 hours.",
     "truncation"},
    {"capitals that are the initials of output words: PLTCS",
     "WILL REASSESS IN 30 MIN. IF NO IMPROVEMENT -> PLTCS",
     "We will reassess in 30 minutes, and if there is no improvement, proceed with a primary low transverse cesarean secti"
     "on.",
     "We will reassess in 30 minutes.",
     "truncation"},
    {"NFR is an order's name, not a negation of the order",
     "NFR ORDER IN PLACE. NOT A CORONER'S CASE.",
     "A not-for-resuscitation order was in place. This is not a coroner's case.",
     "A not-for-resuscitation order was in place. This is a coroner's case.",
     "negation"},
    {"the T of 'GCS 10T' is the tube, no tablet before a drug",
     "NEURO: GCS 10T (E3VTM6). PROPOFOL 2MG/KG/HR",
     "Neurological: GCS 10T (E3, VT, M6) on propofol 2 mg/kg/hr.",
     "Neurological: GCS 10T (E3, VT, M6) on propofol 3 mg/kg/hr.",
     "numbers"},
    {"'has been left open' is the verb",
     "OPEN ABDOMEN - VAC DRESSING, 650ML SINCE THEATRE",
     "The abdomen has been left open with a VAC dressing, which has had 650 mL of output since theatre.",
     "The abdomen has been left open with a VAC dressing, which has had 560 mL of output since theatre.",
     "numbers"},
    {"the verb before a 'nothing' closing its clause: REMOVE NOTHING",
     "GP: OGTT AT 6-12/52 PP. REMOVE NOTHING - DISSOLVABLE SUTURES",
     "For the GP: an oral glucose tolerance test at 6 to 12 weeks postpartum. Nothing needs to be removed, as the sutures "
     "are dissolvable.",
     "For the GP: an oral glucose tolerance test at 6 to 10 weeks postpartum. Nothing needs to be removed, as the sutures "
     "are dissolvable.",
     "numbers"},
    {"a lone G0 said nulligravid",
     "COLPOSCOPY. HPV 16 POS. G0. SMOKER 10/DAY. IMPRESSION: HIGH GRADE",
     "Colposcopy. She is HPV 16 positive and nulligravid, and smokes 10 cigarettes per day. Impression: high grade.",
     "Colposcopy. She is HPV 16 positive and nulligravid, and smokes 20 cigarettes per day. Impression: high grade.",
     "numbers"},
    {"the 0-hour value of a glucose tolerance test said 'fasting'",
     "75G OGTT: 0HR 5.3, 1HR 10.4, 2HR 8.7 MMOL/L -> GDM",
     "A 75 g oral glucose tolerance test gave 5.3 fasting, 10.4 at 1 hour and 8.7 mmol/L at 2 hours, consistent with gesta"
     "tional diabetes.",
     "A 75 g oral glucose tolerance test gave 5.3 fasting, 10.4 at 1 hour and 7.8 mmol/L at 2 hours, consistent with gesta"
     "tional diabetes.",
     "numbers"},
    {"the minutes of Apgar scores are no date",
     "LIVE FEMALE 2352, APGAR 6/8/9 (1/5/10 MIN), WT 3.1KG",
     "A live female infant was born at 23:52 with Apgar scores of 6, 8 and 9 at 1, 5 and 10 minutes, weighing 3.1 kg.",
     "A live female infant was born at 23:52 with Apgar scores of 6, 8 and 9 at 1, 5 and 15 minutes, weighing 3.1 kg.",
     "numbers"},
    {"a 'no' before an ordinal negates: no third-degree extension",
     "PR EXAM: NO 3RD/4TH DEGREE EXTENSION. DICLOFENAC 100MG PR",
     "Rectal examination showed no third- or fourth-degree extension. Diclofenac 100 mg was given rectally.",
     "Rectal examination showed a third-degree extension. Diclofenac 100 mg was given rectally.",
     "negation"},
    {"a trigger after a dash is said of what was discussed, not of the discussion",
     "ECULIZUMAB DISCUSSED WITH NEPHRO - NOT INDICATED, NO NEURO INVOLVEMENT",
     "Eculizumab was discussed with nephrology and is not indicated, as there is no neurological involvement.",
     "Eculizumab was discussed with nephrology and is not indicated, as there is neurological involvement.",
     "negation"},
    {"DNA'D is 'did not attend'",
     "DNA'D DEPOT APPT 3/7 AGO - NOW 3 DAYS OVERDUE",
     "The patient did not attend the depot appointment 3 days ago and is now 3 days overdue.",
     "The patient attended the depot appointment 3 days ago and is now 3 days overdue.",
     "negation"},
    {"FT4 said 'free T4'",
     "LITHIUM REVIEW. LEVEL 0.9 MMOL/L. TSH 6.8 (H), FT4 NORMAL.",
     "Lithium review. The level is 0.9 mmol/L. TSH is raised at 6.8, with a normal free T4.",
     "Lithium review. The level is 0.8 mmol/L. TSH is raised at 6.8, with a normal free T4.",
     "numbers"},
    {"a Roman numeral of the output does not take the 1.0 of a range",
     "BPAD I, STABLE. LEVEL 0.9 MMOL/L (TARGET 0.6-1.0).",
     "Bipolar affective disorder type I, stable. Level 0.9 mmol/L (target 0.6-1.0 mmol/L).",
     "Bipolar affective disorder type I, stable. Level 0.9 mmol/L (target 0.6-1.2 mmol/L).",
     "numbers"},
    {"', and' before a new item with its own frequency ends the drug's clause",
     "TRACHY CARE. SALINE NEBS 5ML QID. SUCTION PRN",
     "Tracheostomy care. Saline nebulisers 5 mL four times daily, and suction as needed.",
     "Tracheostomy care. Saline nebulisers 5 mL three times daily, and suction as needed.",
     "frequency"},
    {"a fraction written as the source writes it reads the same: a visual acuity of 6/12",
     "EYE WARD. POD 3 L SICS, VA L PL (WAS 6/12 POD1)",
     "Eye ward. Postoperative day 3 after left small-incision cataract surgery; visual acuity in the left eye is perceptio"
     "n of light (it was 6/12 on postoperative day 1).",
     "Eye ward. Postoperative day 3 after left small-incision cataract surgery; visual acuity in the left eye is perceptio"
     "n of light (it was 6/18 on postoperative day 1).",
     "numbers"},
    {"and a score out of 24 written the same on both sides",
     "PERINEAL CLINIC. ST MARKS SCORE 4/24. PR: GOOD SQUEEZE",
     "Perineal clinic. Her St Mark's score is 4/24. On rectal examination there is a good squeeze.",
     "Perineal clinic. Her St Mark's score is 5/24. On rectal examination there is a good squeeze.",
     "numbers"},
    {"a time that spells out a code the output keeps: 12 weeks (SVR12)",
     "HCV RX COMPLETED. SVR12 CHECK AFTER END OF TX",
     "HCV treatment completed. Check for sustained virologic response at 12 weeks (SVR12) after the end of treatment.",
     "HCV treatment completed. Check for sustained virologic response at 24 weeks (SVR12) after the end of treatment.",
     "numbers"},
    {"'this cycle' is when, no finding in the scope",
     "HODGKIN LYMPHOMA ABVD C2D8. NO G-CSF THIS CYCLE. LAST ANC 1.1 ON D1.",
     "Hodgkin lymphoma on cycle 2, day 8 of ABVD. No G-CSF has been given this cycle. The last absolute neutrophil count w"
     "as 1.1 on day 1.",
     "Hodgkin lymphoma on cycle 2, day 8 of ABVD. G-CSF has been given this cycle. The last absolute neutrophil count was "
     "1.1 on day 1.",
     "negation"},
    {"an abbreviation spelled out with a negation of its own far from its place: NO ACS",
     "IAP 18MMHG (BLADDER) - GRADE II IAH, NO ACS. ABDO TENSE",
     "Intra-abdominal pressure measured via the bladder is 18 mmHg, which is grade II intra-abdominal hypertension, withou"
     "t abdominal compartment syndrome. The abdomen is tense.",
     "Intra-abdominal pressure measured via the bladder is 18 mmHg, which is grade II intra-abdominal hypertension, with a"
     "bdominal compartment syndrome. The abdomen is tense.",
     "negation"},
    {"DLY is daily (the Gaviscon's TDS PRN is its own)",
     "RX: OMEPRAZOLE 20MG PO DLY X 4/52, GAVISCON 10ML TDS PRN + HS",
     "Medication: omeprazole 20 mg orally daily for 4 weeks, Gaviscon 10 mL three times a day as needed and at bedtime.",
     "Medication: omeprazole 20 mg orally twice daily for 4 weeks, Gaviscon 10 mL three times a day as needed and at bedti"
     "me.",
     "frequency"},
    {"errors guard-49 missed: crackles for crepitations stay negated",
     "NO FLUID OVERLOAD CLINICALLY, NO CREPS",
     "Clinically there is no fluid overload and there are no crackles.",
     "Clinically there is no fluid overload and there are crackles.",
     "negation"},
    {"and RFM is reduced fetal movements",
     "28YO G1P0 PRESENTS RFM SINCE THIS AM",
     "A 28-year-old G1P0 presents with reduced fetal movements since this morning.",
     "A 28-year-old G1P0 presents with no reduced fetal movements since this morning.",
     "negation"},
    {"and the ordinal of an interval ('every second day') takes no number the output dropped",
     "PRESSURE INJURY STAGE 2 SACRUM. CHANGE 2ND DAILY.",
     "A stage 2 pressure injury of the sacrum. The dressing is changed every second day.",
     "A stage pressure injury of the sacrum. The dressing is changed every second day.",
     "numbers"},
};
static void guard50_rules(void) { CHECK_RULE_CASES(guard50_cases); }


/* guard-49 (session 18) */
static void guard49_rules(void) {
    /* guard-49: a first reading of round 44 (blind142-144, read after their first contact on guard-47);
       each OK a rewrite guard-48 flagged, each FLAG the same with a real error */
    {
        /* TT in a trachoma screen is trachomatous trichiasis */
        const char *src = "TRACHOMA SCREENING - 8 YR F. TF + TI BOTH EYES, NO TT, NO CO\nWT 22KG";
        OK_PAIR(src, "Trachoma screening of an 8-year-old girl: follicular and intense trachomatous inflammation"
                " in both eyes, with no trachomatous trichiasis and no corneal opacity. She weighs 22 kg.");
        FLAG_PAIR(src, "Trachoma screening of an 8-year-old girl: follicular and intense trachomatous inflammation"
                  " in both eyes, with trachomatous trichiasis and no corneal opacity. She weighs 22 kg.",
                  "negation");
    }
    {
        /* 'a single immediate oral dose' is STAT */
        const char *src = "WT 22KG. AZITHROMYCIN 20MG/KG PO STAT = 440MG SUSP";
        OK_PAIR(src, "She weighs 22 kg. A single immediate oral dose of azithromycin suspension was given at 20 "
                "mg/kg, equal to 440 mg.");
        FLAG_PAIR(src, "She weighs 22 kg. A single immediate oral dose of azithromycin suspension was given at 20 "
                  "mg/kg, equal to 450 mg.",
                  "numbers");
    }
    {
        /* NS with a grade after it is nuclear sclerosis */
        const char *src = "PRE-OP CATARACT EVAL\n71F, NS 3+ CATARACT OS, VA 20/200 OS, 20/30 OD";
        OK_PAIR(src, "Preoperative cataract evaluation. A 71-year-old woman with a 3+ nuclear sclerotic cataract"
                " in the left eye; visual acuity is 20/200 in the left eye and 20/30 in the right eye.");
        FLAG_PAIR(src, "Preoperative cataract evaluation. A 71-year-old woman with a 3+ nuclear sclerotic cataract"
                  " in the right eye; visual acuity is 20/200 in the left eye and 20/30 in the right eye.",
                  "laterality");
    }
    {
        /* NTG before an eye is normal-tension glaucoma, and a CP-1252 'less than or equal' is a sign */
        const char *src = "GLAUCOMA CLINIC - SLT F/U\nNTG OU, 64F. IOP 15 OD / 14 OS (target \xC3\xA2\xE2\x80\xB0\xC2\xA4" "12)";
        OK_PAIR(src, "Glaucoma clinic, selective laser trabeculoplasty follow-up. A 64-year-old woman with norma"
                "l-tension glaucoma in both eyes. The intraocular pressure is 15 in the right eye and 14 in"
                " the left eye, against a target of 12 or lower.");
        FLAG_PAIR(src, "Glaucoma clinic, selective laser trabeculoplasty follow-up. A 64-year-old woman with norma"
                  "l-tension glaucoma in both eyes. The intraocular pressure is 15 in the right eye and 14 in"
                  " the left eye, against a target of 10 or lower.",
                  "numbers");
    }
    {
        /* 'preoperative' before drops is no drug */
        const char *src = "Fasting from 0000. Aspirin 100mg continued\nPre-op drops R eye: phenylephrine 2.5%";
        OK_PAIR(src, "He has been fasting since midnight. Aspirin 100 mg has been continued. Preoperative drops "
                "to the right eye: phenylephrine 2.5%.");
        FLAG_PAIR(src, "He has been fasting since midnight. Aspirin 100 mg has been continued. Preoperative drops "
                  "to the left eye: phenylephrine 2.5%.",
                  "laterality");
    }
    {
        /* a no after a colon, closing its statement, answers what stands before the colon */
        const char *src = "CAPACITY ASSESSMENT - DISCHARGE TO CARE HOME\nRETAINS: NO - UNABLE TO RECALL AFTER 5 MIN\n"
                          "WEIGHS: NO. COMMUNICATES: YES, VERBAL.";
        OK_PAIR(src, "Capacity assessment regarding discharge to a care home. The patient is unable to retain th"
                "e information, being unable to recall it after 5 minutes, and is unable to weigh it. The p"
                "atient is able to communicate verbally.");
        FLAG_PAIR(src, "Capacity assessment regarding discharge to a care home. The patient is unable to retain th"
                  "e information, being unable to recall it after 5 minutes, and is able to weigh it. The pat"
                  "ient is able to communicate verbally.",
                  "negation");
    }
    {
        /* 'plus' between two forms is no drug */
        const char *src = "CO READING 32 PPM\nNRT: PATCH 21MG/24H + INHALATOR PRN";
        OK_PAIR(src, "The carbon monoxide reading is 32 ppm. Nicotine replacement therapy: a 21 mg/24-hour patch"
                " plus an inhalator as needed.");
        FLAG_PAIR(src, "The carbon monoxide reading is 32 ppm. Nicotine replacement therapy: a 14 mg/24-hour patch"
                  " plus an inhalator as needed.",
                  "numbers");
    }
}


/* guard-48 (session 18) */
static void guard48_rules(void) {
    /* guard-48: round 43's causes (blind139-141, read after their first contact on guard-46); each OK a
       rewrite guard-47 flagged, each FLAG the same with a real error */
    {
        /* an hour, an H and the minutes written together are a time of day */
        const char *src = "PRIMARY SURVEY - PEDESTRIAN VS TAXI, ARRIVED VIA EMS 22H40\nA: PATENT, C-SPINE IMMOBILISED";
        OK_PAIR(src, "Primary survey: a pedestrian struck by a taxi who arrived by EMS at 22:40. Airway: patent,"
                " with the cervical spine immobilised.");
        FLAG_PAIR(src, "Primary survey: a pedestrian struck by a taxi who arrived by EMS at 23:40. Airway: patent,"
                  " with the cervical spine immobilised.",
                  "numbers");
    }
    {
        /* a denial with its object after a question says its object */
        const char *src = "50% DEXTROSE 50ML IV GIVEN BY EMS -> HGT 7.4, GCS 15\nATE LUNCH? - DENIES EATING TODAY";
        OK_PAIR(src, "EMS gave 50 mL of 50% dextrose IV, after which the glucose was 7.4 and the GCS 15. Asked w"
                "hether he ate lunch, the patient denies eating today.");
        FLAG_PAIR(src, "EMS gave 50 mL of 50% dextrose IV, after which the glucose was 7.4 and the GCS 15. Asked w"
                  "hether he ate lunch, the patient reports eating today.",
                  "negation");
    }
    {
        /* APR before a slashed date is a resection, not April */
        const char *src = "D/C SUMMARY - APR for low rectal adenoCA\nAdmit 6/3, APR 6/3, D/C 6/9";
        OK_PAIR(src, "Discharge summary: abdominoperineal resection for a low rectal adenocarcinoma. Admitted 6/"
                "3, abdominoperineal resection on 6/3, discharged 6/9.");
        FLAG_PAIR(src, "Discharge summary: abdominoperineal resection for a low rectal adenocarcinoma. Admitted 6/"
                  "3, abdominoperineal resection on 6/3, discharged 6/10.",
                  "numbers");
    }
    {
        /* 'left to heal' is the verb */
        const char *src = "Procedure: excision pilonidal sinus, healing by secondary intention\nCavity packed w/ kalt"
                          "ostat";
        OK_PAIR(src, "Procedure: excision of a pilonidal sinus, left to heal by secondary intention. The cavity "
                "was packed with Kaltostat.");
        FLAG_PAIR(src, "Procedure: excision of a pilonidal sinus, left to heal by secondary intention on the right"
                  ". The cavity was packed with Kaltostat.",
                  "laterality");
    }
    {
        /* a right arrow read through CP-1252 ends what the negation says */
        const char *src = "DAT: IgG 3+, C3d neg \xC3\xA2\xE2\x80\xA0\xE2\x80\x99 warm AIHA. Film: spherocytes ++, no fragments.";
        OK_PAIR(src, "The direct antiglobulin test is IgG 3+ and C3d negative, indicating warm autoimmune haemol"
                "ytic anaemia. The blood film shows spherocytes and no fragments.");
        FLAG_PAIR(src, "The direct antiglobulin test is IgG 3+ and C3d negative, indicating warm autoimmune haemol"
                  "ytic anaemia. The blood film shows spherocytes and fragments.",
                  "negation");
    }
    {
        /* NOT PALP reads back to what is not palpable */
        const char *src = "NO ABD PAIN, NO VOMITING. LIVER NOT PALP. URINE O/P ADEQUATE.";
        OK_PAIR(src, "He has no abdominal pain and no vomiting. The liver is not palpable. Urine output is adequ"
                "ate.");
        FLAG_PAIR(src, "He has no abdominal pain and no vomiting. The liver is palpable. Urine output is adequate.",
                  "negation");
    }
    {
        /* an equals sign ends a negation's list */
        const char *src = "BP 124/70. No wheeze, no stridor, no hypotension = Fishbane reaction.";
        OK_PAIR(src, "Blood pressure 124/70. There was no wheeze, no stridor and no hypotension, consistent with"
                " a Fishbane reaction.");
        FLAG_PAIR(src, "Blood pressure 124/70. There was wheeze, no stridor and no hypotension, consistent with a "
                  "Fishbane reaction.",
                  "negation");
    }
    {
        /* the verb before 'no' and its object is in the wide scope */
        const char *src = "INR 2.6. Current dose 5 MG daily. Missed no doses.";
        OK_PAIR(src, "The INR is 2.6. The current dose is 5 mg daily. He has not missed any doses.");
        FLAG_PAIR(src, "The INR is 2.6. The current dose is 5 mg daily. He has missed doses.",
                  "negation");
    }
    {
        /* the costal margin an organ is measured below has one side */
        const char *src = "SPLEEN 2 CM BCM. HB 19.2";
        OK_PAIR(src, "The spleen is palpable 2 cm below the left costal margin. Hemoglobin is 19.2.");
        FLAG_PAIR(src, "The spleen is palpable 2 cm below the right costal margin. Hemoglobin is 19.2.",
                  "laterality");
    }
    {
        /* 24/7 said 'at all times' */
        const char *src = "May shower in 48h. Wear supportive bra 24/7 x 1 wk";
        OK_PAIR(src, "She may shower in 48 hours. Wear a supportive bra at all times for 1 week.");
        FLAG_PAIR(src, "She may shower in 48 hours. Wear a supportive bra at all times for 2 weeks.",
                  "numbers");
    }
    {
        /* PCN before an allergy is penicillin */
        const char *src = "Pre-op note\n52F for robotic L colectomy (***). PCN allergy - anaphylaxis";
        OK_PAIR(src, "Preoperative note. A 52-year-old woman is scheduled for a robotic left colectomy (***). Sh"
                "e has a penicillin allergy with anaphylaxis.");
        FLAG_PAIR(src, "Preoperative note. A 52-year-old woman is scheduled for a robotic right colectomy (***). S"
                  "he has a penicillin allergy with anaphylaxis.",
                  "laterality");
    }
    {
        /* SQH is subcutaneous heparin */
        const char *src = "Drain (subhepatic): 120 mL serous, no bile\nHold SQH tonight given INR, reassess in AM";
        OK_PAIR(src, "The subhepatic drain has put out 120 mL of serous fluid, with no bile. Subcutaneous hepari"
                "n will be held tonight given the INR, and this will be reassessed in the morning.");
        FLAG_PAIR(src, "The subhepatic drain has put out 120 mL of serous fluid, with no bile. Subcutaneous hepari"
                  "n will be held tonight given the INR, and enoxaparin 40 mg will be started.",
                  "medication");
    }
}


/* guard-47 (session 18) */
static void guard47_rules(void) {
    /* guard-47: round 42's causes (blind136-138, read after their first contact on guard-45); each OK a
       rewrite guard-46 flagged (the last: passed), each FLAG the same with a real error (the last: a drop
       guard-46 missed) */
    {
        /* a drug class's agent noun is no form of the finding it blocks */
        const char *src = "ECG: CHB, WIDE QRS\nNOT ON AV NODAL BLOCKERS. K 4.3";
        OK_PAIR(src, "The ECG showed complete heart block with a wide QRS. He is not on AV nodal blocking drugs."
                " Potassium is 4.3.");
        FLAG_PAIR(src, "The ECG showed complete heart block with a wide QRS. He is on AV nodal blocking drugs. Pot"
                  "assium is 4.3.",
                  "negation");
    }
    {
        /* PPI after a pacing mode is a permanent pacemaker implantation */
        const char *src = "TPI VIA R IJV, CAPTURE AT 0.8 MA, RATE 70\nPLAN DDD PPI";
        OK_PAIR(src, "A temporary pacemaker was inserted via the right internal jugular vein, with capture at 0."
                "8 mA and a rate of 70. A DDD permanent pacemaker implantation is planned.");
        FLAG_PAIR(src, "A temporary pacemaker was inserted via the left internal jugular vein, with capture at 0.8"
                  " mA and a rate of 70. A DDD permanent pacemaker implantation is planned.",
                  "laterality");
    }
    {
        /* PCC, TMT and OUTPT spelled out */
        const char *src = "ANDEXANET NOT AVAILABLE -> 4F-PCC 50 U/KG.\nPAIN REPRODUCIBLE ON PALPATION L PARASTERNAL. "
                          "OUTPT TMT";
        OK_PAIR(src, "Andexanet is not available, so four-factor prothrombin complex concentrate 50 units/kg is "
                "to be given. The pain is reproducible on palpation over the left parasternal region. An ou"
                "tpatient treadmill test is planned.");
        FLAG_PAIR(src, "Andexanet is not available, so four-factor prothrombin complex concentrate 50 units/kg is "
                  "to be given. The pain is reproducible on palpation over the right parasternal region. An o"
                  "utpatient treadmill test is planned.",
                  "laterality");
    }
    {
        /* 'subsequent' before a dose is no drug */
        const char *src = "INJ ADENOSINE 6MG RAPID IV PUSH -> NO RESPONSE; 12MG -> REVERTED TO SR";
        OK_PAIR(src, "Adenosine 6 mg by rapid IV push produced no response; a subsequent 12 mg dose reverted her"
                " to sinus rhythm.");
        FLAG_PAIR(src, "Adenosine 6 mg by rapid IV push produced no response; a subsequent 18 mg dose reverted her"
                  " to sinus rhythm.",
                  "numbers");
    }
    {
        /* NOT YET before a spaced dash negates what stands before it */
        const char *src = "KCL 20 MEQ PO DAILY\nICD NOT YET - REASSESS EF AFTER 90 DAYS";
        OK_PAIR(src, "Potassium chloride 20 mEq orally daily. An ICD has not been placed yet; the EF will be rea"
                "ssessed after 90 days.");
        FLAG_PAIR(src, "Potassium chloride 20 mEq orally daily. An ICD has been placed; the EF will be reassessed "
                  "after 90 days.",
                  "negation");
    }
    {
        /* 'were withheld' negates its subject */
        const char *src = "BP 88/50. NO NITRATES (RV INFARCT). NS 500ML BOLUS.";
        OK_PAIR(src, "Blood pressure was 88/50 mmHg. Nitrates were withheld because of right ventricular infarct"
                "ion, and a 500 mL normal saline bolus was given.");
        FLAG_PAIR(src, "Blood pressure was 88/50 mmHg. Nitrates were given because of right ventricular infarction"
                  ", and a 500 mL normal saline bolus was given.",
                  "negation");
    }
    {
        /* a number word after 'all' counts what the text lists */
        const char *src = "APIXABAN DOSE CRITERIA: AGE >=80 YES, WT <=60 YES, CR >=1.5 YES -> 2.5MG BID";
        OK_PAIR(src, "She meets all three apixaban dose-reduction criteria: age 80 years or older, weight 60 kg "
                "or less, and creatinine 1.5 or higher, so the dose is 2.5 mg twice daily.");
        FLAG_PAIR(src, "She meets all three apixaban dose-reduction criteria: age 80 years or older, weight 65 kg "
                  "or less, and creatinine 1.5 or higher, so the dose is 2.5 mg twice daily.",
                  "numbers");
    }
    {
        /* minutes and seconds written as a clock */
        const char *src = "TMT (BRUCE): EXERCISED 7:30 MIN, STAGE III, 10.1 METS.";
        OK_PAIR(src, "Treadmill test (Bruce protocol): the patient exercised for 7 minutes 30 seconds, reaching "
                "stage III and 10.1 METs.");
        FLAG_PAIR(src, "Treadmill test (Bruce protocol): the patient exercised for 7 minutes 40 seconds, reaching "
                  "stage III and 10.1 METs.",
                  "numbers");
    }
    {
        /* RIF in a note on tuberculosis is rifampicin */
        const char *src = "CXR: R UPPER ZONE CAVITY. START 2RHZE/4RH\nART TO START WITHIN 2/52 - TLD, DTG 50MG BD WHI"
                          "LE ON RIF";
        OK_PAIR(src, "Chest X-ray shows a right upper zone cavity. Start 2RHZE/4RH. ART is to start within 2 wee"
                "ks: TLD, with dolutegravir 50 mg twice daily while on rifampicin.");
        FLAG_PAIR(src, "Chest X-ray shows a left upper zone cavity. Start 2RHZE/4RH. ART is to start within 2 week"
                  "s: TLD, with dolutegravir 50 mg twice daily while on rifampicin.",
                  "laterality");
    }
    {
        /* second-line TB drugs as the programmes abbreviate them */
        const char *src = "ON Lzd 600 OD, Bdq 200 THRICE WKLY, Cfz 100 OD, Cs 750 OD, PYRIDOXINE 100MG OD";
        OK_PAIR(src, "He is on linezolid 600 mg once daily, bedaquiline 200 mg three times weekly, clofazimine 1"
                "00 mg once daily, cycloserine 750 mg once daily and pyridoxine 100 mg once daily.");
        FLAG_PAIR(src, "He is on linezolid 600 mg once daily, bedaquiline 200 mg three times weekly, clofazimine 1"
                  "00 mg once daily, cycloserine 750 mg once daily, delamanid 100 mg twice daily and pyridoxi"
                  "ne 100 mg once daily.",
                  "medication");
        FLAG_PAIR(src, "He is on linezolid 600 mg once daily, bedaquiline 200 mg three times weekly, 100 mg once d"
                  "aily, cycloserine 750 mg once daily and pyridoxine 100 mg once daily.",
                  "medication");
        FLAG_PAIR(src, "He is on linezolid 600 mcg once daily, bedaquiline 200 mg three times weekly, clofazimine "
                  "100 mg once daily, cycloserine 750 mg once daily and pyridoxine 100 mg once daily.",
                  "numbers");
    }
    {
        /* oxy with a strength is oxycodone, so its frequency is its own */
        const char *src = "Pain 3/10, on Tylenol 1 gm PO q6h, oxy 5 mg q4h PRN (used x1)";
        OK_PAIR(src, "Pain is 3/10 on acetaminophen (Tylenol) 1 g by mouth every 6 hours, with oxycodone 5 mg ev"
                "ery 4 hours as needed (used once).");
        FLAG_PAIR(src, "Pain is 3/10 on acetaminophen (Tylenol) 1 g by mouth every 4 hours, with oxycodone 5 mg ev"
                  "ery 4 hours as needed (used once).",
                  "numbers");
    }
    {
        /* a code written with a hyphen inside keeps its digits */
        const char *src = "EGFR/ALK/ROS1 NEG, PDL1 60%\nSTAGE T2bN3M0 - IIIB";
        OK_PAIR(src, "EGFR, ALK and ROS1 are negative, and PD-L1 is 60%. Stage: T2b N3 M0, stage IIIB.");
        FLAG_PAIR(src, "EGFR, ALK and ROS1 are negative, and PD-L1 is 50%. Stage: T2b N3 M0, stage IIIB.",
                  "numbers");
    }
    {
        /* a drug's name with a hyphen inside on one side */
        const char *src = "START INTRAPLEURAL t-PA 10MG + DNASE 5MG BD X 3 DAYS";
        OK_PAIR(src, "Start intrapleural tPA 10 mg with DNase 5 mg twice daily for 3 days.");
        FLAG_PAIR(src, "Start intrapleural tPA 10 mg with DNase 5 mg and urokinase 100,000 units twice daily for 3"
                  " days.",
                  "medication");
    }
    {
        /* CNS with a person's verb is the clinical nurse specialist */
        const char *src = "PT & DAUGHTER AWARE OF PROBABLE LUNG CANCER. CNS PRESENT. KEY WORKER ___";
        OK_PAIR(src, "The patient and her daughter are aware that this is probably lung cancer. A clinical nurse"
                " specialist was present. Key worker: ___.");
        FLAG_PAIR(src, "The patient and her daughter are not aware that this is probably lung cancer. A clinical n"
                  "urse specialist was present. Key worker: ___.",
                  "negation");
    }
    {
        /* 'about a tablespoon' is one tablespoon */
        const char *src = "NEW COUGH X 6 WKS, HAEMOPTYSIS ~1 TABLESPOON x2";
        OK_PAIR(src, "He has had a new cough for 6 weeks and two episodes of haemoptysis of about a tablespoon e"
                "ach.");
        FLAG_PAIR(src, "He has had a new cough for 6 weeks and two episodes of haemoptysis of about 3 tablespoons "
                  "each.",
                  "numbers");
    }
    {
        /* 'without' faces a source's 'out of' */
        const char *src = "36F ASTHMATIC, WORSE X 3 DAYS AFTER DUST EXPOSURE, OUT OF INHALER 2/52\nB/L RHONCHI, NO CR"
                          "EPS";
        OK_PAIR(src, "A 36-year-old woman with asthma, worse for 3 days after dust exposure, who has been withou"
                "t her inhaler for 2 weeks. There are bilateral rhonchi, with no crepitations.");
        FLAG_PAIR(src, "A 36-year-old woman with asthma, worse for 3 days after dust exposure, who has been withou"
                  "t her inhaler for 2 weeks. There are bilateral rhonchi, with crepitations.",
                  "negation");
    }
    {
        /* a condition after a negated finding is a statement of its own */
        const char *src = "drowsy GCS E3V4M6.\nif not improving in 2 hrs / GCS falls -> intubate";
        OK_PAIR(src, "Drowsy with a GCS of E3V4M6. If there is no improvement within 2 hours, or if the GCS fall"
                "s, the patient will be intubated.");
        FLAG_PAIR(src, "Drowsy with a GCS of E3V4M6. If there is no improvement within 4 hours, or if the GCS fall"
                  "s, the patient will be intubated.",
                  "numbers");
    }
    {
        /* a value before a month's name is no day of it */
        const char *src = "82F, UTI/urosepsis, Cr 214 (baseline 88 Nov), UO 20ml/hr last 6 hrs";
        OK_PAIR(src, "An 82-year-old woman with urosepsis. Creatinine is 214 (baseline 88 in November), and urin"
                "e output has been 20 mL per hour over the last 6 hours.");
        FLAG_PAIR(src, "An 82-year-old woman with urosepsis. Creatinine is 214 (baseline 98 in November), and urin"
                  "e output has been 20 mL per hour over the last 6 hours.",
                  "numbers");
    }
    {
        /* a course after a comma ends a denial's list */
        const char *src = "D/c'd vanc (was empiric). Mupirocin to exit site daily\nPt denies fever/chills, abd pain i"
                          "mproving";
        OK_PAIR(src, "Vancomycin was discontinued (it was empirical). Mupirocin to the exit site daily. The pati"
                "ent denies fever or chills, and the abdominal pain is improving.");
        FLAG_PAIR(src, "Vancomycin was discontinued (it was empirical). Mupirocin to the exit site daily. The pati"
                  "ent reports fever and chills, and the abdominal pain is improving.",
                  "negation");
    }
    {
        /* 'units per litre' for IU/L in a bag */
        const char *src = "Empirical: vancomycin 2g IP stat\nHeparin 500 IU/L added to bags until clear";
        OK_PAIR(src, "Empirical treatment is vancomycin 2 g intraperitoneally immediately. Heparin 500 units per"
                " litre is added to the bags until clear.");
        FLAG_PAIR(src, "Empirical treatment is vancomycin 2 g intraperitoneally immediately. Heparin 5000 units pe"
                  "r litre is added to the bags until clear.",
                  "numbers");
    }
    {
        /* D10 after clips out is the tenth day */
        const char *src = "Nystatin 1mL QDS x 1/12. Wound clips out D10 at GP";
        OK_PAIR(src, "Nystatin 1 mL four times daily for 1 month. Wound clips are to be removed on day 10 at the"
                " GP surgery.");
        FLAG_PAIR(src, "Nystatin 1 mL four times daily for 1 month. Wound clips are to be removed on day 12 at the"
                  " GP surgery.",
                  "numbers");
    }
    {
        /* a month's in-word number, said 'month', may not be dropped (a drop guard-46 missed) */
        const char *src = "PrEP CLINIC - F/U M3. 24F, SERODISCORDANT COUPLE";
        OK_PAIR(src, "PrEP clinic follow-up at month 3. A 24-year-old woman in a serodiscordant couple.");
        FLAG_PAIR(src, "PrEP clinic follow-up at month. A 24-year-old woman in a serodiscordant couple.",
                  "numbers");
    }
}


/* guard-46 (session 18) */
static void guard46_rules(void) {
    /* guard-46: round 41's causes (blind133-135, read after their first contact on guard-45) and two of
       its misses; each OK a rewrite guard-45 flagged (the last two: passed), each FLAG the same with a real
       error (the last two: errors guard-45 missed) */
    {
        /* an X before a number with its period word after it is a duration, not a count */
        const char *src = "ON FOLIC ACID 5MG OD.\nC/O PAIN B/L LOWER LIMBS X1 DAY, PAIN SCORE 8/10.";
        OK_PAIR(src, "She is on folic acid 5 mg once daily. She presents with pain in both lower limbs for 1 day"
                ", with a pain score of 8/10.");
        FLAG_PAIR(src, "She is on folic acid 5 mg once daily. She presents with pain in both lower limbs for 2 day"
                  "s, with a pain score of 8/10.",
                  "numbers");
    }
    {
        /* a digit ordinal said as an ordinal word first */
        const char *src = "OPAT - OSTEOMYELITIS (L3-L4). REPEAT TROUGH BEFORE 4TH DOSE\nBACK PAIN BETTER (VAS 7/10 ->"
                          " 4/10).";
        OK_PAIR(src, "Outpatient antibiotic therapy for osteomyelitis at L3-L4. Repeat the trough level before t"
                "he fourth dose. Back pain is better, with the VAS score down from 7/10 to 4/10.");
        FLAG_PAIR(src, "Outpatient antibiotic therapy for osteomyelitis at L3-L4. Repeat the trough level before t"
                  "he fourth dose. Back pain is better, with the VAS score down from 7/10 to 5/10.",
                  "numbers");
    }
    {
        /* the top of a range per day said in words */
        const char *src = "C/O FEVER 10 DAYS, LOOSE STOOLS 2-3/DAY";
        OK_PAIR(src, "The patient complains of fever for 10 days and loose stools two to three times a day.");
        FLAG_PAIR(src, "The patient complains of fever for 10 days and loose stools two to four times a day.",
                  "numbers");
    }
    {
        /* a half and three quarters of a measure in words */
        const char *src = "APPETITE TEST PASSED (ATE 1/2 SACHET).\nCIPROFLOXACIN 250MG TAB 3/4 TAB BD X 3 DAYS";
        OK_PAIR(src, "He passed the appetite test, eating half a sachet. Ciprofloxacin 250 mg tablets, three-qua"
                "rters of a tablet twice daily for 3 days.");
        FLAG_PAIR(src, "He passed the appetite test, eating half a sachet. Ciprofloxacin 250 mg tablets, a quarter"
                  " of a tablet twice daily for 3 days.",
                  "numbers");
    }
    {
        /* a whole number and a half written with hyphens */
        const char *src = "2 1/2 yr M, delayed walking, bowing of legs.";
        OK_PAIR(src, "A two-and-a-half-year-old boy with delayed walking and bowing of the legs.");
        FLAG_PAIR(src, "A two-and-a-half-month-old boy with delayed walking and bowing of the legs.",
                  "numbers");
    }
    {
        /* an age in years and months said in months */
        const char *src = "1 yr 2 mo M. loose motions 4-5/day x 2 days, no blood.";
        OK_PAIR(src, "A 14-month-old boy with loose motions 4 to 5 times a day for 2 days, with no blood.");
        FLAG_PAIR(src, "A 12-month-old boy with loose motions 4 to 5 times a day for 2 days, with no blood.",
                  "numbers");
    }
    {
        /* a TB preventive regimen's code is months of isoniazid */
        const char *src = "TPT: 6H (INH 300MG OD + B6 25MG OD) AFTER 2 WKS OF ART";
        OK_PAIR(src, "TB preventive therapy with 6 months of isoniazid (isoniazid 300 mg once daily plus pyridox"
                "ine 25 mg once daily) is to begin after 2 weeks of ART.");
        FLAG_PAIR(src, "TB preventive therapy with 9 months of isoniazid (isoniazid 300 mg once daily plus pyridox"
                  "ine 25 mg once daily) is to begin after 2 weeks of ART.",
                  "numbers");
    }
    {
        /* a US month/day said as a date, not British days or hours */
        const char *src = "R IJ CVC REMOVED 3/7. IR DRAIN PLACED 11/20, REMOVED 11/24.";
        OK_PAIR(src, "The right internal jugular central venous catheter was removed on March 7. An intervention"
                "al radiology drain was placed on November 20 and removed on November 24.");
        FLAG_PAIR(src, "The right internal jugular central venous catheter was removed on March 7. An intervention"
                  "al radiology drain was placed on November 20 and removed on November 25.",
                  "numbers");
    }
    {
        /* 2/2 after a comma is 'secondary to' */
        const char *src = "SBO, PARTIAL, 2/2 ADHESIONS (PRIOR APPY + HYST). K 3.2";
        OK_PAIR(src, "Partial small bowel obstruction due to adhesions from a prior appendectomy and hysterectom"
                "y. Potassium is 3.2.");
        FLAG_PAIR(src, "Partial small bowel obstruction due to adhesions from a prior appendectomy and hysterectom"
                  "y. Potassium is 3.4.",
                  "numbers");
    }
    {
        /* a plus between an order and NS is no grade of nuclear sclerosis */
        const char *src = "Plan: admit for obs. Nasal suction + NS drops. Salbutamol not indicated.";
        OK_PAIR(src, "Plan: admit for observation; nasal suction and normal saline drops. Salbutamol is not indi"
                "cated.");
        FLAG_PAIR(src, "Plan: admit for observation; nasal suction and normal saline drops. Salbutamol is indicate"
                  "d.",
                  "negation");
    }
    {
        /* ISS in a note on glucose is the insulin sliding scale */
        const char *src = "Glucose 140-210 on ISS only, no basal needed at this time.";
        OK_PAIR(src, "Glucose has ranged from 140 to 210 on sliding-scale insulin alone; no basal insulin is nee"
                "ded at this time.");
        FLAG_PAIR(src, "Glucose has ranged from 140 to 210 on sliding-scale insulin alone; no basal insulin is nee"
                  "ded at this time. Start metformin.",
                  "medication");
    }
    {
        /* NITRO with a susceptibility is nitrofurantoin */
        const char *src = "ESBL E.COLI (URINE C/S >10^5 CFU/ML; CARBAPENEM S, NITRO S, PIP-TAZ R)";
        OK_PAIR(src, "ESBL-producing Escherichia coli (urine culture more than 10^5 CFU/mL; sensitive to carbape"
                "nems and nitrofurantoin, resistant to piperacillin-tazobactam).");
        FLAG_PAIR(src, "ESBL-producing Escherichia coli (urine culture more than 10^5 CFU/mL; sensitive to carbape"
                  "nems and nitroglycerin, resistant to piperacillin-tazobactam).",
                  "medication");
    }
    {
        /* Okacet is cetirizine */
        const char *src = "CONVALESCENT RASH +, ITCHING -> TAB OKACET 10MG HS X 5D";
        OK_PAIR(src, "A convalescent rash is present with itching, for which cetirizine (Okacet) 10 mg tablets a"
                "re given at bedtime for 5 days.");
        FLAG_PAIR(src, "A convalescent rash is present with itching, for which cetirizine (Okacet) 20 mg tablets a"
                  "re given at bedtime for 5 days.",
                  "numbers");
    }
    {
        /* a short name spelled out as hyphen-joined words counts as a mention */
        const char *src = "ACT-SP: TAB ARTESUNATE 200MG OD X 3 DAYS + TAB SP DAY 1 ONLY";
        OK_PAIR(src, "Treatment is ACT-SP: artesunate 200 mg tablets once daily for 3 days, plus sulfadoxine-pyr"
                "imethamine tablets on day 1 only.");
        FLAG_PAIR(src, "Treatment is ACT-SP: artesunate 200 mg tablets once daily for 3 days on day 1 only.",
                  "medication");
    }
    {
        /* a participle before an ampersand closes its own statement */
        const char *src = "STOP DOXY IF LEPTO CONFIRMED & SCRUB REMAINS NEG";
        OK_PAIR(src, "Stop doxycycline if leptospirosis is confirmed and the scrub typhus serology remains negat"
                "ive.");
        FLAG_PAIR(src, "Stop doxycycline if leptospirosis is confirmed and the scrub typhus serology remains posit"
                  "ive.",
                  "negation");
    }
    {
        /* 'has not been tested' reads back to its subject */
        const char *src = "PF MALARIA. NOT G6PD TESTED. NO VOMITING";
        OK_PAIR(src, "Plasmodium falciparum malaria. G6PD has not been tested. There is no vomiting.");
        FLAG_PAIR(src, "Plasmodium falciparum malaria. G6PD has been tested. There is no vomiting.",
                  "negation");
    }
    {
        /* 'has no role' negates its subject */
        const char *src = "AVOID CONCOMITANT AMINOGLYCOSIDES. NO ROLE FOR TIGECYCLINE MONOTHERAPY IN BACTERAEMIA";
        OK_PAIR(src, "Avoid concomitant aminoglycosides. Tigecycline monotherapy has no role in bacteraemia.");
        FLAG_PAIR(src, "Avoid concomitant aminoglycosides. Tigecycline monotherapy has a role in bacteraemia.",
                  "negation");
    }
    {
        /* a lone R after the rest of a panel is resistant */
        const char *src = "CRAB VAP. COLISTIN S (MIC 0.5), ALL OTHERS R. L SUBCLAVIAN LINE";
        OK_PAIR(src, "Carbapenem-resistant Acinetobacter ventilator-associated pneumonia, sensitive to colistin "
                "(MIC 0.5) and resistant to all others. Left subclavian line.");
        FLAG_PAIR(src, "Carbapenem-resistant Acinetobacter ventilator-associated pneumonia, sensitive to colistin "
                  "(MIC 0.5) and resistant to all others. Right subclavian line.",
                  "laterality");
    }
    {
        /* 'are all negative' after a long list */
        const char *src = "SCRUB IGM POS. DENGUE NS1/IGM NEG. MALARIA RDT NEG. WIDAL NEG";
        OK_PAIR(src, "Scrub typhus IgM is positive. Dengue NS1 and IgM, the malaria rapid diagnostic test and th"
                "e Widal test are all negative.");
        FLAG_PAIR(src, "Scrub typhus IgM is negative. Dengue NS1 and IgM, the malaria rapid diagnostic test and th"
                  "e Widal test are all negative.",
                  "negation");
    }
    {
        /* a spaced slash after 'unable to' lists another sign */
        const char *src = "F/U 3 DAYS, RETURN IMMEDIATELY IF UNABLE TO DRINK / CONVULSIONS";
        OK_PAIR(src, "Follow up in 3 days. Return immediately if she is unable to drink or has convulsions.");
        FLAG_PAIR(src, "Follow up in 3 days. Return immediately if she is able to drink or has convulsions.",
                  "negation");
    }
    {
        /* an em dash read through CP-1252 with a straight quote is a dash */
        const char *src = "PREDNISONE NOT USED \xC3\xA2\xE2\x82\xAC\" DM (A1C 8.4).\nNSAIDS AVOIDED (CKD, EGFR 38).";
        OK_PAIR(src, "Prednisone was not used because of diabetes (hemoglobin A1c 8.4). NSAIDs were avoided beca"
                "use of chronic kidney disease (eGFR 38).");
        FLAG_PAIR(src, "Prednisone was used because of diabetes (hemoglobin A1c 8.4). NSAIDs were avoided because "
                  "of chronic kidney disease (eGFR 38).",
                  "negation");
    }
    {
        /* an unanswered question is neither affirmed nor negated */
        const char *src = "HR 92, UOP 40ML/HR.\nHELD 2100 CARVEDILOL DOSE? ALREADY GIVEN.\nNO CP/SOB.";
        OK_PAIR(src, "Heart rate 92; urine output 40 mL/hour. The 21:00 carvedilol dose could not be held, as it"
                " had already been given. No chest pain or shortness of breath.");
        FLAG_PAIR(src, "Heart rate 92; urine output 40 mL/hour. The 21:00 carvedilol dose could not be held, as it"
                  " had already been given. Chest pain and shortness of breath.",
                  "negation");
    }
    {
        /* 'postoperative' is the other form of 'post op' */
        const char *src = "CEFUROXIME 750 MG IV TDS X 3 DAYS POST OP. NO INDICATION FOR POST OP CONTINUATION - NO SPI"
                          "LLAGE";
        OK_PAIR(src, "Cefuroxime 750 mg intravenously three times daily for 3 days after the operation. There wa"
                "s no indication for postoperative continuation: there was no spillage.");
        FLAG_PAIR(src, "Cefuroxime 750 mg intravenously three times daily for 3 days after the operation. There wa"
                  "s no indication for postoperative continuation: there was spillage.",
                  "negation");
    }
    {
        /* LHC is a left heart catheterization */
        const char *src = "PT NPO FOR LHC TODAY.";
        OK_PAIR(src, "The patient is NPO (nothing by mouth) for left heart catheterization today.");
        FLAG_PAIR(src, "The patient is NPO (nothing by mouth) for right heart catheterization today.",
                  "laterality");
    }
    {
        /* a drug only given in milligrams is never micrograms of a bare strength */
        const char *src = "REGIMEN: TLD (TDF 300/3TC 300/DTG 50) 1 TAB OD";
        OK_PAIR(src, "Her regimen is TLD (tenofovir disoproxil fumarate 300 mg, lamivudine 300 mg and dolutegrav"
                "ir 50 mg), one tablet once daily.");
        FLAG_PAIR(src, "Her regimen is TLD (tenofovir disoproxil fumarate 300 mg, lamivudine 300 mg and dolutegrav"
                  "ir 50 mcg), one tablet once daily.",
                  "numbers");
    }
    {
        /* short names joined by slashes are a combination's drugs */
        const char *src = "VL 18,400 COPIES/ML ON TDF/3TC/EFV 600 X 4 YRS";
        OK_PAIR(src, "The viral load was 18,400 copies/mL on tenofovir disoproxil fumarate, lamivudine and efavi"
                "renz 600 mg for 4 years.");
        FLAG_PAIR(src, "The viral load was 18,400 copies/mL on tenofovir disoproxil fumarate, lamivudine and 600 m"
                  "g for 4 years.",
                  "medication");
    }
}


/* guard-45 (session 17) */
static void guard45_rules(void) {
    /* guard-45: two more of round 40's causes (blind131); each OK a rewrite guard-44 flagged, each FLAG
       the same with a real error */
    {
        /* a function word before a number spells out no code's letter */
        const char *src = "AIT ?type 2 - on amiodarone 200mg OD x 3 yrs for VT. fT4 48, fT3 9.1, TSH <0.01";
        OK_PAIR(src, "Amiodarone-induced thyrotoxicosis, possibly type 2. The patient has been on amiodarone 200"
                " mg once daily for 3 years for ventricular tachycardia. Free T4 is 48, free T3 is 9.1, and"
                " TSH is below 0.01.");
        FLAG_PAIR(src, "Amiodarone-induced thyrotoxicosis, possibly type 2. The patient has been on amiodarone 200"
                  " mg once daily for 5 years for ventricular tachycardia. Free T4 is 48, free T3 is 9.1, and"
                  " TSH is below 0.01.",
                  "numbers");
    }
    {
        /* 'and the' before a verb of its own ends a negation */
        const char *src = "BP 128/80, K 4.2, no cushingoid features\nAldo/renin ratio not done - not hypertensive, K "
                          "normal";
        OK_PAIR(src, "Blood pressure is 128/80 and potassium is 4.2, and there are no cushingoid features. The a"
                "ldosterone-to-renin ratio was not done because the patient is not hypertensive and the pot"
                "assium is normal.");
        FLAG_PAIR(src, "Blood pressure is 128/80 and potassium is 4.2, and there are no cushingoid features. The a"
                  "ldosterone-to-renin ratio was done because the patient is not hypertensive and the potassi"
                  "um is normal.",
                  "negation");
    }
}


/* guard-44 (session 17) */
static void guard44_rules(void) {
    /* guard-44: round 40's causes (blind130-132, read after their first contact on guard-43); each OK a
       rewrite guard-43 flagged, each FLAG the same with a real error */
    {
        /* a day-month date on a note or after 'on' is a date, not months */
        const char *src = "SICU NOTE 6/12 2230. TIME OF BURN 02:00 ON 11/12. WT 55 KG.";
        OK_PAIR(src, "Surgical ICU note, June 12 at 22:30. Time of burn: 02:00 on 11 December. Weight 55 kg.");
        FLAG_PAIR(src, "Surgical ICU note, June 12 at 22:30. Time of burn: 02:00 on 11 December. Weight 65 kg.",
                  "numbers");
    }
    {
        /* noncompliant as one word before what is not taken; RT NOTE */
        const char *src = "RT NOTE 0900. 22F T1DM, NONCOMPLIANT W/ INSULIN X 3 D. BLOOD SUGAR 186, SSI COVERAGE 4 UNI"
                          "TS GIVEN 1800.";
        OK_PAIR(src, "Respiratory therapy note at 09:00. A 22-year-old woman with type 1 diabetes who has not be"
                "en taking her insulin for 3 days. Blood sugar was 186, and 4 units of sliding-scale insuli"
                "n coverage were given at 18:00.");
        FLAG_PAIR(src, "Respiratory therapy note at 09:00. A 22-year-old woman with type 1 diabetes who has been t"
                  "aking her insulin for 3 days. Blood sugar was 186, and 4 units of sliding-scale insulin co"
                  "verage were given at 18:00.",
                  "negation");
    }
    {
        /* NIL FOR a time reads backwards; NOT BEFORE said 'no ... before' */
        const char *src = "Heparin 500 IU/hr via circuit. Fluid removal nil for first 6 hrs. NEUROPROGNOSTICATION NOT"
                          " BEFORE 72H POST ROSC.";
        OK_PAIR(src, "Heparin 500 units/hr via the circuit. No fluid removal for the first 6 hours. No neuroprog"
                "nostication before 72 hours after ROSC.");
        FLAG_PAIR(src, "Heparin 500 units/hr via the circuit. Fluid removal for the first 6 hours. No neuroprognos"
                  "tication before 72 hours after ROSC.",
                  "negation");
    }
    {
        /* a rapid insulin's ratio; LT4 and thyroxine; no trauma recalled */
        const char *src = "ON INSULIN GLARGINE 24 U + ASPART 1:10. LT4 100 MCG OD. Hot swollen L foot x 2/52, no trau"
                          "ma recalled.";
        OK_PAIR(src, "She is on insulin glargine 24 units and insulin aspart at an insulin-to-carbohydrate ratio"
                " of 1:10. Levothyroxine 100 micrograms once daily. A hot, swollen left foot for 2 weeks; s"
                "he recalls no trauma.");
        FLAG_PAIR(src, "She is on insulin glargine 24 units and insulin aspart at an insulin-to-carbohydrate ratio"
                  " of 1:10. Levothyroxine 100 micrograms once daily. A hot, swollen left foot for 2 weeks; s"
                  "he recalls trauma.",
                  "negation");
    }
    {
        /* a participle with her object; ', and covered with'; EPSE */
        const char *src = "Consider mirabegron 25mg daily if no improvement 6wks - check BP first. Flap approximated "
                          "w/ moist gauze w/o steri-strips. Covered w/ silicone foam. No EPSE.";
        OK_PAIR(src, "Consider mirabegron 25 mg daily if there is no improvement after six weeks, checking her b"
                "lood pressure first. The flap was approximated with moist gauze, without Steri-Strips, and"
                " covered with a silicone foam dressing. There are no extrapyramidal side effects.");
        FLAG_PAIR(src, "Consider mirabegron 25 mg daily if there is no improvement after six weeks, checking her b"
                  "lood pressure first. The flap was approximated with moist gauze, with Steri-Strips, and co"
                  "vered with a silicone foam dressing. There are no extrapyramidal side effects.",
                  "negation");
    }
    {
        /* 'ruled out' with its object reads forwards; RT/NURSING */
        const char *src = "LTC RT/NURSING - 94M, COPD exac? USS L leg: DVT RULED OUT. Baker's cyst L popliteal fossa.";
        OK_PAIR(src, "Long-term care respiratory therapy and nursing note: a 94-year-old man with a possible COP"
                "D exacerbation. An ultrasound of the left leg ruled out a DVT and showed a Baker's cyst in"
                " the left popliteal fossa.");
        FLAG_PAIR(src, "Long-term care respiratory therapy and nursing note: a 94-year-old man with a possible COP"
                  "D exacerbation. An ultrasound of the right leg ruled out a DVT and showed a Baker's cyst i"
                  "n the left popliteal fossa.",
                  "laterality");
    }
}


/* guard-43 (session 17) */
static void guard43_rules(void) {
    /* guard-43: round 39's causes (blind127-129, read after their first contact on guard-42); each OK a
       rewrite guard-42 flagged unless its comment says otherwise, each FLAG the same with a real error */
    {
        /* a British interval's denominator is notation; ambulate is mobilise */
        const char *src = "FERROUS SULPHATE 200MG BD CONT. TT2 GIVEN\nRV 4/52";
        OK_PAIR(src, "Ferrous sulphate 200 mg twice daily is to be continued. The second dose of tetanus toxoid "
                "was given. Return visit in 4 weeks.");
        FLAG_PAIR(src, "Ferrous sulphate 200 mg twice daily is to be continued. The second dose of tetanus toxoid "
                  "was given. Return visit in 6 weeks.",
                  "numbers");
    }
    {
        /* ANC in a pregnancy's note is the antenatal clinic */
        const char *src = "ECV successful, now cephalic. Rh neg - anti-D 500 IU IM given.\nD/c, ANC 1/52.";
        OK_PAIR(src, "The ECV was successful and the baby is now cephalic. As she is rhesus negative, anti-D 500"
                " units was given intramuscularly. She has been discharged, with an antenatal clinic appoin"
                "tment in 1 week.");
        FLAG_PAIR(src, "The ECV was successful and the baby is now cephalic. As she is rhesus negative, anti-D 500"
                  " units was given intramuscularly. She has been discharged, with an antenatal clinic appoin"
                  "tment in 2 weeks.",
                  "numbers");
    }
    {
        /* hours and minutes written as one word */
        const char *src = "Kiwi ventouse delivery, 2nd stage 2h10m, maternal exhaustion.";
        OK_PAIR(src, "A Kiwi ventouse delivery was performed for maternal exhaustion after a second stage lastin"
                "g 2 hours and 10 minutes.");
        FLAG_PAIR(src, "A Kiwi ventouse delivery was performed for maternal exhaustion after a second stage lastin"
                  "g 2 hours and 40 minutes.",
                  "numbers");
    }
    {
        /* a Roman numeral takes no digit; GR before one is a grade */
        const char *src = "Pabrinex I+II 2 pairs TDS IV x 3/7. KNOWN MAJOR PRAEVIA (GR IV). DEXA 6MG IM Q12H X4.";
        OK_PAIR(src, "Pabrinex I and II, 2 pairs intravenously three times daily for 3 days. Known major placent"
                "a praevia (grade IV). Dexamethasone 6 mg intramuscularly every 12 hours for four doses.");
        FLAG_PAIR(src, "Pabrinex I and II, 3 pairs intravenously three times daily for 3 days. Known major placent"
                  "a praevia (grade IV). Dexamethasone 6 mg intramuscularly every 12 hours for four doses.",
                  "numbers");
    }
    {
        /* Li is lithium; non-prescribed is how a drug was come by */
        const char *src = "Plan: continue, r/v Li option once settled. Also using oxycodone 80mg/day (non prescribed)"
                          ".";
        OK_PAIR(src, "Plan: continue the current treatment and review the option of lithium once he has settled."
                " She is also using non-prescribed oxycodone, 80 mg per day.");
        FLAG_PAIR(src, "Plan: continue the current treatment and review the option of lithium once he has settled."
                  " She is not using oxycodone, 80 mg per day.",
                  "negation");
    }
    {
        /* nil-by-mouth hyphenated; opioid free before a plus; episodic */
        const char *src = "Apply rotigotine (Neupro) patch 4mg/24hr per PD NBM calculator. DX: MIGRAINE W/O AURA, EPI"
                          "SODIC. NALTREXONE 50 MG OD AFTER 7 DAYS OPIOID FREE + NEG NALOXONE CHALLENGE.";
        OK_PAIR(src, "Apply a rotigotine (Neupro) 4 mg/24 hours patch according to the Parkinson's disease nil-b"
                "y-mouth calculator. Diagnosis: episodic migraine without aura. Naltrexone 50 mg once daily"
                " after 7 days opioid-free and a negative naloxone challenge.");
        FLAG_PAIR(src, "Apply a rotigotine (Neupro) 4 mg/24 hours patch according to the Parkinson's disease nil-b"
                  "y-mouth calculator. Diagnosis: episodic migraine with aura. Naltrexone 50 mg once daily af"
                  "ter 7 days opioid-free and a negative naloxone challenge.",
                  "negation");
    }
    {
        /* a count per month said as once a month */
        const char *src = "Seizures: last GTCS 2 yrs ago, absences ~1/month. Not driving.";
        OK_PAIR(src, "Her last generalised tonic-clonic seizure was 2 years ago, and she has absences approximat"
                "ely once a month. She is not driving.");
        FLAG_PAIR(src, "Her last generalised tonic-clonic seizure was 2 years ago, and she has absences approximat"
                  "ely once a month. She is driving.",
                  "negation");
    }
    {
        /* non-compliant with a drug is the drug not taken, past a form's dot */
        const char *src = "INSIGHT GRADE 1. NON COMPLIANT WITH TAB OLANZAPINE 10MG HS SINCE 3 MONTHS. NON COMPLIANT T"
                          "O T. RISPERIDONE 2MG HS.";
        OK_PAIR(src, "Insight was grade 1. He has not been taking his olanzapine 10 mg tablet at bedtime for the"
                " past 3 months. He has been non-compliant with risperidone 2 mg tablets at bedtime.");
        FLAG_PAIR(src, "Insight was grade 1. He has been taking his olanzapine 10 mg tablet at bedtime for the pas"
                  "t 3 months. He has been non-compliant with risperidone 2 mg tablets at bedtime.",
                  "negation");
    }
    {
        /* a screen's list before 'is negative'; a participle with its object after a comma */
        const char *src = "Rubella immune, HIV/HepB/syphilis neg. CTG: baseline 140, 3 accels, no decels - meets Dawe"
                          "s-Redman criteria.";
        OK_PAIR(src, "She is rubella immune, and her screening for HIV, hepatitis B and syphilis is negative. Th"
                "e CTG shows a baseline of 140, three accelerations and no decelerations, meeting the Dawes"
                "-Redman criteria.");
        FLAG_PAIR(src, "She is rubella immune, and her screening for HIV, hepatitis B and syphilis is positive. Th"
                  "e CTG shows a baseline of 140, three accelerations and no decelerations, meeting the Dawes"
                  "-Redman criteria.",
                  "negation");
    }
    {
        /* TEO, NXT WK, BEV */
        const char *src = "BABY TO BREAST WITHIN 1HR, VIT K 1MG IM, TEO GIVEN. REVIEW NXT WK. FOLFIRI + bev C8; bev H"
                          "ELD this cycle.";
        OK_PAIR(src, "The baby was put to the breast within 1 hour and was given vitamin K 1 mg intramuscularly "
                "and tetracycline eye ointment. Review next week. FOLFIRI plus bevacizumab, cycle 8; bevaci"
                "zumab was held this cycle.");
        FLAG_PAIR(src, "The baby was put to the breast within 1 hour and was given vitamin K 1 mg intramuscularly "
                  "and tetracycline eye ointment. Review next week. FOLFIRI, cycle 8; it was held this cycle.",
                  "medication");
    }
    {
        /* a count onto its X before the one day; a denial's list ends at a past verb with its object */
        const char *src = "LUTS: freq x8 day, nocturia x3, no haematuria. Denies fever, chills. Pt tolerated infusion"
                          " w/o reaction.";
        OK_PAIR(src, "Lower urinary tract symptoms: daytime frequency eight times, nocturia three times, and no "
                "haematuria. The patient denies fever and chills and tolerated the infusion without reactio"
                "n.");
        FLAG_PAIR(src, "Lower urinary tract symptoms: daytime frequency eight times, nocturia three times, and hae"
                  "maturia. The patient denies fever and chills and tolerated the infusion without reaction.",
                  "negation");
    }
    {
        /* a unit by its canonical name in the repetition check */
        const char *src = "PRE: 1 LTR NS OVER 2 HRS. CISPLATIN 170MG IN 1 LTR NS OVER 2 HRS. POST: 1 LTR NS OVER 2 HR"
                          "S.";
        OK_PAIR(src, "Prehydration: 1 litre of normal saline over 2 hours. Cisplatin 170 mg in 1 litre of normal"
                " saline over 2 hours. Post-hydration: 1 litre of normal saline over 2 hours.");
        FLAG_PAIR(src, "Prehydration: 1 litre of normal saline over 2 hours. Cisplatin 170 mg in 1 litre of normal"
                  " saline over 2 hours. Post-hydration: 1 litre of normal saline over 4 hours.",
                  "numbers");
    }
    {
        /* UPSI, IMB and PCB are spelled out (FLAG: flips guard-42 missed) */
        const char *src = "HEAVY MENSES X 1YR. NO IMB, NO PCB. LMP started 4 days ago, UPSI nil since.";
        OK_PAIR(src, "Heavy menses for 1 year. There is no intermenstrual bleeding and no postcoital bleeding. H"
                "er last period started 4 days ago, and she has had no unprotected sexual intercourse since"
                " then.");
        FLAG_PAIR(src, "Heavy menses for 1 year. There is intermenstrual bleeding and no postcoital bleeding. Her "
                  "last period started 4 days ago, and she has had no unprotected sexual intercourse since th"
                  "en.",
                  "negation");
        FLAG_PAIR(src, "Heavy menses for 1 year. There is no intermenstrual bleeding and no postcoital bleeding. H"
                  "er last period started 4 days ago, and she has had unprotected sexual intercourse since th"
                  "en.",
                  "negation");
    }
    {
        /* a side the source never names, where it names only the other (FLAG: a swap guard-42 missed) */
        const char *src = "SUDDEN ONSET (L) SIDED WEAKNESS. NIHSS 9 - (L) FACIAL PALSY, (L) UL 3, LL 2, DYSARTHRIA.";
        OK_PAIR(src, "Sudden onset of left-sided weakness. The NIHSS score was 9, with a left facial palsy, left"
                " upper limb 3, left lower limb 2, and dysarthria.");
        FLAG_PAIR(src, "Sudden onset of left-sided weakness. The NIHSS score was 9, with a left facial palsy, left"
                  " upper limb 3, right lower limb 2, and dysarthria.",
                  "laterality");
    }
}


/* guard-42 (session 17) */
static void guard42_rules(void) {
    /* guard-42: round 37's causes (blind121-123) and round 38's (blind124-126, read after their first
       contact on guard-41); each OK a rewrite guard-41 flagged unless its comment says otherwise, each
       FLAG the same with a real error */
    {
        /* FVIII is factor VIII */
        const char *src = "Severe haem A (FVIII <1%). Advised: FVIII (Advate) 2000 IU IV STAT home infusion.";
        OK_PAIR(src, "Severe haemophilia A (factor VIII level below 1%). Advice: factor VIII (Advate) 2000 units"
                " intravenously immediately as a home infusion.");
        FLAG_PAIR(src, "Severe haemophilia A (factor VIII level below 1%). Advice: factor VIII (Advate) 3000 units"
                  " intravenously immediately as a home infusion.",
                  "numbers");
    }
    {
        /* a month's name said once of two days */
        const char *src = "Last dose 11/03 (omit 12/03 and 13/03). Restart 20mg OD from day 3.";
        OK_PAIR(src, "The last dose is on 11 March, and the doses on 12 and 13 March are omitted. Restart 20 mg "
                "once daily from day 3.");
        FLAG_PAIR(src, "The last dose is on 11 March, and the doses on 12 and 13 March are omitted. Restart 20 mg "
                  "once daily.",
                  "numbers");
    }
    {
        /* do NOT exceed is a bound, said not exceeding */
        const char *src = "Transfuse 1 unit pRBC, goal Hgb ~10, do NOT exceed 11";
        OK_PAIR(src, "Transfuse 1 unit of packed red cells, aiming for a hemoglobin of about 10 and not exceedin"
                "g 11.");
        FLAG_PAIR(src, "Transfuse 1 unit of packed red cells, aiming for a hemoglobin of about 10 and exceeding 11"
                  ".",
                  "numbers");
    }
    {
        /* a virus's serology result before a noun, and a negative after with */
        const char *src = "2 units RBC irradiated, CMV neg products. Ropivacaine 15 mL injected incrementally w/ neg "
                          "aspiration q5mL";
        OK_PAIR(src, "Two units of irradiated red cells, with CMV-negative products. Ropivacaine 15 mL was injec"
                "ted incrementally, with negative aspiration every 5 mL.");
        FLAG_PAIR(src, "Two units of irradiated red cells, with CMV-positive products. Ropivacaine 15 mL was injec"
                  "ted incrementally, with negative aspiration every 5 mL.",
                  "negation");
        FLAG_PAIR(src, "Two units of irradiated red cells, with CMV-negative products. Ropivacaine 15 mL was injec"
                  "ted incrementally, with negative aspiration every 10 mL.",
                  "numbers");
    }
    {
        /* unless after a verbal not; not ... per someone; not ... as pt */
        const char *src = "OGD not required unless GI sx. Ibuprofen NOT given - surgeon preference. Metronidazole 400"
                          "mg BD x 7 days (not 2g stat as pt breastfeeding).";
        OK_PAIR(src, "Gastroscopy is not required unless there are gastrointestinal symptoms. Ibuprofen was not "
                "given, per surgeon preference. Metronidazole 400 mg twice daily for 7 days, rather than a "
                "single 2 g dose, because she is breastfeeding.");
        FLAG_PAIR(src, "Gastroscopy (OGD) is required unless there are gastrointestinal symptoms. Ibuprofen was no"
                  "t given, per surgeon preference. Metronidazole 400 mg twice daily for 7 days, rather than "
                  "a single 2 g dose, because she is breastfeeding.",
                  "negation");
        FLAG_PAIR(src, "Gastroscopy is not required unless there are gastrointestinal symptoms. Ibuprofen was not "
                  "given, per surgeon preference. Metronidazole 400 mg twice daily for 7 days, rather than a "
                  "single 3 g dose, because she is breastfeeding.",
                  "numbers");
    }
    {
        /* a code's initials spelled out, and a four-factor concentrate */
        const char *src = "81 yo M MDS-EB1, C5D1 azacitidine. Kcentra 25 U/kg = 2500 U IV.";
        OK_PAIR(src, "An 81-year-old man with MDS with excess blasts-1 (MDS-EB1), cycle 5 day 1 of azacitidine. "
                "Give Kcentra (four-factor prothrombin complex concentrate) 25 units/kg, which is 2500 unit"
                "s IV.");
        FLAG_PAIR(src, "An 81-year-old man with MDS with excess blasts-1 (MDS-EB1), cycle 5 day 1 of azacitidine. "
                  "Give Kcentra (four-factor prothrombin complex concentrate) 25 units/kg, which is 3500 unit"
                  "s IV.",
                  "numbers");
    }
    {
        /* a condition is no time limit; not toxic appearing */
        const char *src = "3 yo M HbSS, T 39.2. Not toxic appearing. ED if not improved after 2nd dose.";
        OK_PAIR(src, "A 3-year-old boy with HbSS has a temperature of 39.2. He does not appear toxic. Go to the "
                "emergency department if there is no improvement after the second dose.");
        FLAG_PAIR(src, "A 3-year-old boy with HbSS has a temperature of 39.2. He appears toxic. Go to the emergenc"
                  "y department if there is no improvement after the second dose.",
                  "negation");
    }
    {
        /* a count before an arrow to one in thousands */
        const char *src = "Plt 28 -> 67K. LDH 980 -> 610.";
        OK_PAIR(src, "Platelets have risen from 28,000 to 67,000, and LDH has fallen from 980 to 610.");
        FLAG_PAIR(src, "Platelets have risen from 28,000 to 76,000, and LDH has fallen from 980 to 610.",
                  "numbers");
    }
    {
        /* INFUSION CTR is a centre; MHP and an irregular verb */
        const char *src = "INFUSION CTR - RXN NOTE\nPt receiving Injectafer 750 mg IV. MHP stand-down NOT yet.";
        OK_PAIR(src, "Infusion centre reaction note.\nThe patient was receiving Injectafer 750 mg IV. The massiv"
                "e haemorrhage protocol has not yet been stood down.");
        FLAG_PAIR(src, "Infusion centre reaction note.\nThe patient was receiving Injectafer 750 mg IV. The massiv"
                  "e haemorrhage protocol has been stood down.",
                  "negation");
    }
    {
        /* three letters with the same dose after both, named again later */
        const char *src = "81 yo M AML, C2 ven/aza. Venetoclax 400 mg PO daily. Aza 75 mg/m2 IV D1-7.";
        OK_PAIR(src, "An 81-year-old man with AML is on cycle 2 of venetoclax and azacitidine. Venetoclax 400 mg"
                " by mouth daily. Azacitidine is 75 mg/m2 IV on days 1 to 7.");
        FLAG_PAIR(src, "An 81-year-old man with AML is on cycle 2 of venetoclax and azacitidine. Venetoclax 400 mg"
                  " by mouth daily. Azacitidine is 75 mg/m2 IV on days 1 to 5.",
                  "numbers");
    }
    {
        /* an anaesthetic chart's phase labels; an immediate nebulisation of two drugs */
        const char *src = "INDUCTION- INJ PROPOFOL 120MG, INJ FENTANYL 100MCG\nREVERSAL- INJ NEOSTIGMINE 2.5MG\nNEB S"
                          "ALBUTAMOL 2.5MG + BUDECORT 0.5MG STAT";
        OK_PAIR(src, "Induction: propofol 120 mg and fentanyl 100 micrograms.\nReversal: neostigmine 2.5 mg.\nAn"
                " immediate nebulisation of salbutamol 2.5 mg and Budecort (budesonide) 0.5 mg.");
        FLAG_PAIR(src, "Induction: propofol 120 mg and fentanyl 100 micrograms.\nReversal: neostigmine 2.5 mg.\nA "
                  "nebulisation of salbutamol 2.5 mg and Budecort (budesonide) 0.5 mg.",
                  "frequency");
    }
    {
        /* BBS; OD after a tablet's bare strength in an eye note */
        const char *src = "PERIBULBAR BLOCK - LT EYE. ON TAB TELMA 40 OD. 7.0 ETT @ 22CM, +ETCO2, BBS EQUAL";
        OK_PAIR(src, "Peribulbar block of the left eye. She is on Telma 40 once daily. A 7.0 endotracheal tube a"
                "t 22 cm, with positive end-tidal CO2 and equal bilateral breath sounds.");
        FLAG_PAIR(src, "Peribulbar block of the left eye. She is on Telma 40 twice daily. A 7.0 endotracheal tube "
                  "at 22 cm, with positive end-tidal CO2 and equal bilateral breath sounds.",
                  "frequency");
        FLAG_PAIR(src, "Peribulbar block of the right eye. She is on Telma 40 once daily. A 7.0 endotracheal tube "
                  "at 22 cm, with positive end-tidal CO2 and equal bilateral breath sounds.",
                  "laterality");
    }
    {
        /* a zero said in words and figures; signs in parentheses in a review of systems */
        const char *src = "Demand dose 0.2 mg, lockout 10 min, basal 0 mg/hr. ROS: (-) CP, (-) SOB, (+) GERD, (-) hx "
                          "stroke/TIA";
        OK_PAIR(src, "Demand dose 0.2 mg, lockout 10 minutes, no basal rate (0 mg/hour). Review of systems: nega"
                "tive for chest pain and shortness of breath; positive for GERD; no history of stroke or TI"
                "A.");
        FLAG_PAIR(src, "Demand dose 0.2 mg, lockout 10 minutes, no basal rate (0 mg/hour). Review of systems: nega"
                  "tive for chest pain and shortness of breath; positive for GERD; a history of stroke or TIA"
                  ".",
                  "negation");
    }
    {
        /* Australian brands; a drug's other name in parentheses inside an avoid list */
        const char *src = "PANADOL OSTEO 665MG 2 TDS. AVOID BRUFEN/ASPIRIN. No Tylenol use, no EtOH.";
        OK_PAIR(src, "Panadol Osteo 665 mg, two tablets three times daily. He should avoid Brufen (ibuprofen) an"
                "d aspirin. There has been no acetaminophen (Tylenol) use and no alcohol use.");
        FLAG_PAIR(src, "Panadol Osteo 665 mg, two tablets three times daily. He should avoid Brufen (ibuprofen) an"
                  "d take aspirin. There has been no acetaminophen (Tylenol) use and no alcohol use.",
                  "negation");
    }
    {
        /* controlled-delivery; the skin a finding is of; eGFR n/a */
        const char *src = "Diltiazem CD 180mg ceased. SKIN - NIL PHOTOSENSITIVITY. eGFR n/a - no renal hx.";
        OK_PAIR(src, "Diltiazem controlled-delivery 180 mg has been ceased. There is no photosensitivity of the "
                "skin. No eGFR is available, and she has no renal history.");
        FLAG_PAIR(src, "Diltiazem controlled-delivery 180 mg has been ceased. There is photosensitivity of the ski"
                  "n. No eGFR is available, and she has no renal history.",
                  "negation");
    }
    {
        /* a dose before an anaesthetic drug's name (FLAG: a drop guard-41 missed) */
        const char *src = "IT: 2.5ml 0.5% heavy bupivacaine + 300mcg diamorphine";
        OK_PAIR(src, "Intrathecal: 2.5 mL of 0.5% hyperbaric bupivacaine with diamorphine 300 micrograms.");
        FLAG_PAIR(src, "Intrathecal: 2.5 mL of 0.5% hyperbaric bupivacaine with 300 micrograms.",
                  "medication");
    }
    {
        /* an L between an eye's two pressures is the left eye (FLAG: a swap guard-41 missed) */
        const char *src = "TIMOLOL 0.5% 1 DROP LEFT EYE BD. IOP R 17 L 19";
        OK_PAIR(src, "Timolol 0.5%, one drop into the left eye twice daily. The intraocular pressure was 17 in t"
                "he right eye and 19 in the left.");
        FLAG_PAIR(src, "Timolol 0.5%, one drop into the left eye twice daily. The intraocular pressure was 17 in t"
                  "he right eye and 19 in the right.",
                  "laterality");
    }
    {
        /* U/mL after a comparator; a code's letter said apart; HAS 20% */
        const char *src = "tTG-IgA >128 U/mL. CTP C11. HAS 20% 100ml per 3L drained.";
        OK_PAIR(src, "The tTG-IgA is above 128 U/mL. Child-Turcotte-Pugh class C (score 11). Human albumin solut"
                "ion 20% was given at 100 mL per 3 L drained.");
        FLAG_PAIR(src, "The tTG-IgA is above 128 U/mL. Child-Turcotte-Pugh class C (score 12). Human albumin solut"
                  "ion 20% was given at 100 mL per 3 L drained.",
                  "numbers");
    }
    {
        /* a clipped biologic; a salt restriction is no drug */
        const char *src = "UC on vedolizumab 300mg IV 8 wkly. Switch to SC vedo 108mg every 2 wks. Na restriction 2 g"
                          "/day.";
        OK_PAIR(src, "Ulcerative colitis on vedolizumab 300 mg intravenously every 8 weeks. Switch to subcutaneo"
                "us vedolizumab 108 mg every 2 weeks. Sodium is restricted to 2 g per day.");
        FLAG_PAIR(src, "Ulcerative colitis on vedolizumab 300 mg orally every 8 weeks. Switch to oral vedolizumab "
                  "108 mg every 2 weeks. Sodium is restricted to 2 g per day.",
                  "route");
    }
    {
        /* lower-case re before an age; patch testing; the next day; every fortnight */
        const char *src = "GP asks re 74F with gout. Dermatology patch testing day 4. TAB FOLVITE 5MG WEEKLY (NEXT DA"
                          "Y OF MTX). Dupilumab 300mg SC fortnightly.";
        OK_PAIR(src, "The GP asks about a 74-year-old woman with gout. Dermatology patch testing, day 4 reading."
                " Folic acid 5 mg weekly, on the day after methotrexate. Dupilumab 300 mg subcutaneously ev"
                "ery fortnight.");
        FLAG_PAIR(src, "The GP asks about a 74-year-old woman with gout. Dermatology patch testing, day 4 reading."
                  " Folic acid 5 mg weekly, on the day after methotrexate. Dupilumab 200 mg subcutaneously ev"
                  "ery fortnight.",
                  "numbers");
    }
    {
        /* a serology's parenthesis; no increase */
        const char *src = "BASELINE HIV (RAPID) NON REACTIVE. Mild erythema after last tx - no increase today.";
        OK_PAIR(src, "Baseline rapid HIV test non-reactive. There was mild erythema after the last treatment, so"
                " the dose was not increased today.");
        FLAG_PAIR(src, "Baseline rapid HIV test reactive. There was mild erythema after the last treatment, so the"
                  " dose was not increased today.",
                  "negation");
    }
    {
        /* an audiogram's kilohertz; a pupil's reaction before the pupil */
        const char *src = "PTA R: AC 20-25 DB 250-2K, DROPS TO 55 DB @ 4K. OS: MID-DILATED NONREACTIVE PUPIL.";
        OK_PAIR(src, "Pure-tone audiometry, right ear: air conduction 20-25 dB from 250 Hz to 2 kHz, dropping to"
                " 55 dB at 4 kHz. Left eye: a mid-dilated, nonreactive pupil.");
        FLAG_PAIR(src, "Pure-tone audiometry, right ear: air conduction 20-25 dB from 250 Hz to 2 kHz, dropping to"
                  " 55 dB at 8 kHz. Left eye: a mid-dilated, nonreactive pupil.",
                  "numbers");
    }
    {
        /* one side said of two drops */
        const char *src = "UVEA CLINIC. 30Y F, RE PAIN, PHOTOPHOBIA, REDNESS X 1 WK. 2ND EPISODE (1ST LE 2021)\nHLA-B"
                          "27 +VE. LOW BACK PAIN MORNING STIFFNESS - RHEUM REF\nVA RE 6/18, LE 6/6. IOP RE 12, LE 14\n"
                          "RE: CIRCUMCILIARY CONGESTION, KP FINE, AC CELLS 3+, FLARE 2+, POSTERIOR SYNECHIAE @ 7 O'CL"
                          "OCK. FUNDUS NO VITRITIS\nLE QUIET\nPRED FORTE 1% 1 HRLY RE, HOMATROPINE 2% TDS RE. NO ORAL"
                          " STEROID AT PRESENT\nR/V 5 DAYS";
        OK_PAIR(src, "Uveitis clinic. A 30-year-old woman has had pain, photophobia, and redness in the right ey"
                "e for 1 week. This is her second episode; the first was in the left eye in 2021.\nShe is H"
                "LA-B27 positive and has low back pain with morning stiffness, for which she has been refer"
                "red to rheumatology.\nVisual acuity is 6/18 in the right eye and 6/6 in the left eye. Intr"
                "aocular pressure is 12 mmHg on the right and 14 mmHg on the left.\nThe right eye shows cir"
                "cumciliary congestion, fine keratic precipitates, anterior chamber cells 3+, flare 2+, and"
                " posterior synechiae at the 7 o'clock position. There is no vitritis on fundus examination"
                ".\nThe left eye is quiet.\nTreatment: prednisolone acetate 1% (Pred Forte) hourly and homa"
                "tropine 2% three times daily, both to the right eye. No oral steroid at present.\nReview i"
                "n 5 days.");
        FLAG_PAIR(src, "Uveitis clinic. A 30-year-old woman has had pain, photophobia, and redness in the right ey"
                  "e for 1 week. This is her second episode; the first was in the left eye in 2021.\nShe is H"
                  "LA-B27 positive and has low back pain with morning stiffness, for which she has been refer"
                  "red to rheumatology.\nVisual acuity is 6/18 in the right eye and 6/6 in the left eye. Intr"
                  "aocular pressure is 12 mmHg on the right and 14 mmHg on the left.\nThe right eye shows cir"
                  "cumciliary congestion, fine keratic precipitates, anterior chamber cells 3+, flare 2+, and"
                  " posterior synechiae at the 7 o'clock position. There is no vitritis on fundus examination"
                  ".\nThe left eye is quiet.\nTreatment: prednisolone acetate 1% (Pred Forte) hourly and homa"
                  "tropine 2% three times daily, both to the left eye. No oral steroid at present.\nReview in"
                  " 5 days.",
                  "laterality");
    }
    {
        /* an eye surgeon's words make OD and OS eyes (FLAG: a swap guard-41 missed); a taper's OD after a duration */
        const char *src = "CATARACT OS > OD. BCVA OD 20/40, OS 20/80. PLAN PHACO/PCIOL OS. TOBRADEX 1 DROP LE QID X 1"
                          "/52, THEN BD X 1/52, OD X 1/52";
        OK_PAIR(src, "Cataract, worse in the left eye than the right. Best-corrected visual acuity is 20/40 in t"
                "he right eye and 20/80 in the left. Plan: phacoemulsification with a posterior chamber len"
                "s in the left eye. Tobradex one drop to the left eye four times daily for 1 week, then twi"
                "ce daily for 1 week and once daily for 1 week.");
        FLAG_PAIR(src, "Cataract, worse in the left eye than the right. Best-corrected visual acuity is 20/40 in t"
                  "he right eye and 20/80 in the left. Plan: phacoemulsification with a posterior chamber len"
                  "s in the right eye. Tobradex one drop to the left eye four times daily for 1 week, then tw"
                  "ice daily for 1 week and once daily for 1 week.",
                  "laterality");
    }
    {
        /* drops bought over the counter; MMF of a jaw surgeon; a tooth by quadrant */
        const char *src = "USED TOPICAL STEROID DROPS OTC X 5 DAYS. POD 2 S/P ORIF L PARASYMPHYSIS + MMF (ERICH ARCH "
                          "BARS). IMPACTED LL8.";
        OK_PAIR(src, "She used topical steroid drops bought over the counter for 5 days. Postoperative day 2 aft"
                "er ORIF of a left parasymphyseal fracture with maxillomandibular fixation (Erich arch bars"
                "). An impacted lower left third molar (LL8).");
        FLAG_PAIR(src, "She used topical steroid drops bought over the counter for 5 days. Postoperative day 2 aft"
                  "er ORIF of a left parasymphyseal fracture with maxillomandibular fixation (Erich arch bars"
                  "). An impacted lower right third molar.",
                  "laterality");
    }
    {
        /* RE and LE in a retinopathy screen are the eyes (FLAG: a swap guard-41 missed) */
        const char *src = "ROP SCREENING. RE: ZONE II STAGE 2. LE: ZONE II STAGE 3.\nPLAN: REPEAT LE IN 3-4 DAYS, RE "
                          "1 WK.";
        OK_PAIR(src, "ROP screening. Right eye: zone II, stage 2. Left eye: zone II, stage 3.\nPlan: repeat exam"
                "ination of the left eye in 3-4 days and of the right eye in 1 week.");
        FLAG_PAIR(src, "ROP screening. Right eye: zone II, stage 2. Left eye: zone II, stage 3.\nPlan: repeat exam"
                  "ination of the right eye in 3-4 days and of the right eye in 1 week.",
                  "laterality");
    }
    {
        /* N/A after a colon; per a named form (OK: what a first draft of guard-42 flagged) */
        const char *src = "TESTES N/A. Not for hospital admission per ReSPECT - family agree.";
        OK_PAIR(src, "Testes: not applicable. She is not for hospital admission as per her ReSPECT form, and the"
                " family agree.");
        FLAG_PAIR(src, "Testes: not applicable. She is for hospital admission as per her ReSPECT form, and the fam"
                  "ily agree.",
                  "negation");
    }
}


/* guard-41 (session 16) */
static void guard41_rules(void) {
    /* guard-41: round 36's causes (blind118-120, read after their first contact on guard-39); each OK
       a rewrite guard-40 flagged (the FEM-POP case a swap guard-40 missed), each FLAG the same with a
       real error */
    {
        /* PIP-TAZO is piperacillin-tazobactam */
        const char *src = "Received vanc + pip-tazo, IV contrast 2 days ago. No NSAIDs.";
        OK_PAIR(src, "He has received vancomycin and piperacillin-tazobactam, and IV contrast 2 days ago. No NSA"
                "IDs.");
        FLAG_PAIR(src, "He has received vancomycin and piperacillin-tazobactam, and IV contrast 2 days ago. He is "
                  "on NSAIDs.",
                  "negation");
    }
    {
        /* CKD5D's stage said as stage 5D */
        const char *src = "PT K/C/O CKD5D ON MHD 3X/WK VIA LT RC AVF";
        OK_PAIR(src, "The patient is a known case of chronic kidney disease stage 5D on maintenance haemodialysi"
                "s three times a week via a left radiocephalic arteriovenous fistula.");
        FLAG_PAIR(src, "The patient is a known case of chronic kidney disease stage 5D on maintenance haemodialysi"
                  "s three times a week via a right radiocephalic arteriovenous fistula.",
                  "laterality");
    }
    {
        /* a drug's blood level is a test, no schedule of the drug */
        const char *src = "ON TACROLIMUS (ADOPORT) 4MG BD - INTERACTION WITH CLARITHROMYCIN.\nTAC LEVEL + U&E TOMORRO"
                          "W AM (12H POST DOSE).";
        OK_PAIR(src, "He is on tacrolimus (Adoport) 4 mg twice daily, which interacts with clarithromycin.\nTacr"
                "olimus level and urea and electrolytes tomorrow morning, 12 hours after the dose.");
        FLAG_PAIR(src, "He is on tacrolimus (Adoport) 4 mg once daily, which interacts with clarithromycin.\nTacro"
                  "limus level and urea and electrolytes tomorrow morning, 12 hours after the dose.",
                  "frequency");
    }
    {
        /* a parenthesis before a spaced dash and its trigger qualifies the finding */
        const char *src = "CMV PCR - NOT DETECTED . BK PCR (BLOOD) - NOT DETECTED";
        OK_PAIR(src, "CMV PCR: not detected. BK PCR (blood): not detected.");
        FLAG_PAIR(src, "CMV PCR: not detected. BK PCR (blood): detected.",
                  "negation");
    }
    {
        /* a brand of the synonym table in the plural is that brand */
        const char *src = "ADRENALINE 500MCG IM L ANTEROLAT THIGH 12:55. OBS MIN 6 HRS. EPIPEN X2 + ALLERGY CLINIC RE"
                          "F ON D/C";
        OK_PAIR(src, "Adrenaline 500 micrograms IM was given into the left anterolateral thigh at 12:55. He is t"
                "o be observed for a minimum of 6 hours. On discharge he is to have two EpiPens and a refer"
                "ral to the allergy clinic.");
        FLAG_PAIR(src, "Adrenaline 500 micrograms IM was given into the left anterolateral thigh at 12:55. He is t"
                  "o be observed for a minimum of 6 hours. On discharge he is to have a referral to the aller"
                  "gy clinic.",
                  "medication");
    }
    {
        /* an as-needed word before a dosage form starts a new item; INSULIN SSI; NA PHOS */
        const char *src = "INJ PANTOP 40MG IV OD, TAB PCM 650MG PO TDS, SOS INJ TRAMADOL 50MG IV FOR PAIN. INSULIN SS"
                          "I. PHOS 1.6 - NA PHOS 15 MMOL IV X1.";
        OK_PAIR(src, "Injection pantoprazole (Pantop) 40 mg intravenously once daily; tablet paracetamol 650 mg "
                "orally three times daily; and injection tramadol 50 mg intravenously as needed for pain. I"
                "nsulin sliding scale. Phosphate is 1.6; give sodium phosphate 15 mmol IV once.");
        FLAG_PAIR(src, "Injection pantoprazole (Pantop) 40 mg intravenously once daily; tablet paracetamol 650 mg "
                  "orally three times daily; and injection tramadol 50 mg intravenously three times daily for"
                  " pain. Insulin sliding scale. Phosphate is 1.6; give sodium phosphate 15 mmol IV once.",
                  "frequency");
        FLAG_PAIR(src, "Injection pantoprazole (Pantop) 40 mg intravenously once daily; tablet paracetamol 650 mg "
                  "orally three times daily; and injection tramadol 50 mg intravenously as needed for pain. I"
                  "nsulin sliding scale. Phosphate is 1.6; give potassium phosphate 15 mmol IV once.",
                  "medication");
    }
    {
        /* FEM-POP is femoral-popliteal, so the R before it is a side */
        const char *src = "POD#2 R fem-pop bypass (PTFE). Pt c/o mild incisional pain.";
        OK_PAIR(src, "Post-operative day 2 following a right femoral-popliteal bypass with a PTFE graft. The pat"
                "ient complains of mild incisional pain.");
        FLAG_PAIR(src, "Post-operative day 2 following a left femoral-popliteal bypass with a PTFE graft. The pati"
                  "ent complains of mild incisional pain.",
                  "laterality");
    }
    {
        /* a parenthesis that includes more of the negated kind extends it */
        const char *src = "O/E: DISTENDED, TYMPANIC, NON-TENDER, NO HERNIAS (INCL. FEMORAL). NO SCARS OTHER THAN PFAN"
                          "NENSTIEL.";
        OK_PAIR(src, "On examination the abdomen is distended and tympanic but non-tender, with no hernias, incl"
                "uding femoral. There are no scars other than a Pfannenstiel scar.");
        FLAG_PAIR(src, "On examination the abdomen is distended and tympanic but non-tender, with no hernias excep"
                  "t a femoral one. There are no scars other than a Pfannenstiel scar.",
                  "negation");
    }
}


/* guard-40 (session 16) */
static void guard40_rules(void) {
    /* guard-40: false alarms guard-39 left in the older fixtures, read by kind (a spaced slash, what is
       avoided with, a reporting verb, "along with" and "and a", a typhoid vaccine's Vi, a combination's
       strengths, ISMN); each OK a rewrite guard-39 flagged, each FLAG the same with a real error */
    {
        /* a spaced slash ends a post-trigger's reach */
        const char *src = "HOLD METFORMIN WHILE ON IV CONTRAST / AKI R/O. CR 1.4";
        OK_PAIR(src, "Hold metformin while he is receiving IV contrast and AKI is ruled out. Creatinine is 1.4.");
        FLAG_PAIR(src, "Hold metformin while he is receiving IV contrast and AKI is ruled out. Creatinine is 1.9.",
                  "numbers");
    }
    {
        /* what follows with after an avoided drug keeps the other text's negation without being one */
        const char *src = "TAB THYRONORM 50MCG OD. TAB FOLVITE 5MG OD CONTINUE. AVOID TAKING WITH IRON/CALCIUM. REPEA"
                          "T TSH AFTER 4 WKS.";
        OK_PAIR(src, "Thyronorm (levothyroxine) 50 mcg once daily. Folvite (folic acid) 5 mg once daily is to co"
                "ntinue. Avoid taking Thyronorm with iron or calcium. Repeat TSH after 4 weeks.");
        FLAG_PAIR(src, "Thyronorm (levothyroxine) 50 mcg once daily. Folvite (folic acid) 5 mg once daily is to co"
                  "ntinue. Take Thyronorm with iron or calcium. Repeat TSH after 4 weeks.",
                  "negation");
    }
    {
        /* a reporting verb after the negated finding is no finding */
        const char *src = "DENIES AH CURRENTLY. NO PERSECUTORY IDEATION VOICED. NIL THOUGHTS TO HARM OTHERS EXPRESSED"
                          ".";
        OK_PAIR(src, "He denies auditory hallucinations currently, and he voiced no persecutory ideation. He has"
                " expressed no thoughts of harming others.");
        FLAG_PAIR(src, "He denies auditory hallucinations currently, and he voiced persecutory ideation. He has ex"
                  "pressed no thoughts of harming others.",
                  "negation");
    }
    {
        /* along with after a comma, and an article after and, start what is there */
        const char *src = "CT: THIN SDH LT FRONTOPARIETAL, NO MIDLINE SHIFT. # RT TEMPORAL BONE.\nCECT: INTERSTITIAL "
                          "EDEMATOUS PANCREATITIS, NO NECROSIS. MILD LT PLEURAL EFFUSION.";
        OK_PAIR(src, "CT shows a thin left frontoparietal subdural haematoma with no midline shift, along with a"
                " fracture of the right temporal bone.\nContrast CT shows interstitial edematous pancreatit"
                "is without necrosis and a mild left pleural effusion.");
        FLAG_PAIR(src, "CT shows a thin left frontoparietal subdural haematoma with no midline shift, along with a"
                  " fracture of the right temporal bone.\nContrast CT shows interstitial edematous pancreatit"
                  "is with necrosis and a mild left pleural effusion.",
                  "negation");
    }
    {
        /* after a verbal trigger, and has been starts a second verb */
        const char *src = "CO-TRIMOXAZOLE NO LONGER NEEDED - STOPPED.";
        OK_PAIR(src, "Co-trimoxazole is no longer needed and has been stopped.");
        FLAG_PAIR(src, "Co-trimoxazole is still needed and has been continued.",
                  "negation");
    }
    {
        /* the typhoid vaccine's Vi is no numeral */
        const char *src = "YF VACCINE GIVEN TODAY 0.5 ML SC (L) DELTOID\nTYPHOID VI 0.5ML IM RT DELTOID";
        OK_PAIR(src, "Yellow fever vaccine 0.5 mL was given today subcutaneously in the left deltoid. Typhoid Vi"
                " vaccine 0.5 mL was given intramuscularly in the right deltoid.");
        FLAG_PAIR(src, "Yellow fever vaccine 0.5 mL was given today subcutaneously in the left deltoid. Typhoid Vi"
                  " vaccine 0.5 mL was given intramuscularly in the left deltoid.",
                  "laterality");
    }
    {
        /* a combination's strengths before its generics; ISMN; a restatement that took a match */
        const char *src = "TAB ECOSPRIN AV 75/10 HS, TAB CLOPIDOGREL 75MG OD, TAB ISMN 20MG BD";
        OK_PAIR(src, "Ecosprin AV 75/10 (aspirin 75 mg and atorvastatin 10 mg) tablet at bedtime; clopidogrel 75"
                " mg tablet once daily; isosorbide mononitrate 20 mg tablet twice daily.");
        FLAG_PAIR(src, "Ecosprin AV 75/10 (aspirin 75 mg and atorvastatin 10 mg) tablet at bedtime; clopidogrel 15"
                  "0 mg tablet once daily; isosorbide mononitrate 20 mg tablet twice daily.",
                  "numbers");
        FLAG_PAIR(src, "Ecosprin AV 75/10 (aspirin 75 mg and atorvastatin 10 mg) tablet at bedtime; clopidogrel 75"
                  " mg tablet once daily; 20 mg tablet twice daily.",
                  "medication");
    }
}


/* guard-39 (session 16) */
static void guard39_rules(void) {
    /* guard-39: round 34's remaining causes and round 35's (blind115-117, read after their first
       contact on guard-38); each OK a rewrite guard-38 flagged (or, for the heading case, one the new
       "opened" trigger must keep passing), each FLAG the same with a real error */
    {
        /* a no-list closed by or and its item, with the list's verb after it */
        const char *src = "No bleeding noted, no bruising, no haematuria, no melaena.";
        OK_PAIR(src, "No bleeding, bruising, haematuria or melaena has been noted.");
        FLAG_PAIR(src, "No bleeding or bruising has been noted. Haematuria and melaena have been noted.",
                  "negation");
    }
    {
        /* can't is a negation */
        const char *src = "GAIT W/ SPC R HAND (CAN'T USE RW D/T L CAST).";
        OK_PAIR(src, "She walks with a single-point cane in her right hand, as she cannot use a rolling walker b"
                "ecause of the left cast.");
        FLAG_PAIR(src, "She walks with a single-point cane in her right hand, as she can use a rolling walker desp"
                  "ite the left cast.",
                  "negation");
    }
    {
        /* the not-equal sign says not; the division sign says divided by */
        const char *src = "CONVERSION: ORAL MORPHINE 50MG/24H -> ÷3 -> DIAMORPHINE 15MG/24H CSCI. CLOUDY URINE ALONE "
                          "≠ UTI.";
        OK_PAIR(src, "Conversion: oral morphine 50 mg in 24 hours divided by 3 gives diamorphine 15 mg over 24 h"
                "ours by continuous subcutaneous infusion. Cloudy urine alone does not mean a urinary tract"
                " infection.");
        FLAG_PAIR(src, "Conversion: oral morphine 50 mg in 24 hours divided by 2 gives diamorphine 15 mg over 24 h"
                  "ours by continuous subcutaneous infusion. Cloudy urine alone does not mean a urinary tract"
                  " infection.",
                  "numbers");
        FLAG_PAIR(src, "Conversion: oral morphine 50 mg in 24 hours divided by 3 gives diamorphine 15 mg over 24 h"
                  "ours by continuous subcutaneous infusion. Cloudy urine alone means a urinary tract infecti"
                  "on.",
                  "negation");
    }
    {
        /* both after a plural body part is bilateral */
        const char *src = "SACRUM INTACT BUT RED, BLANCHES. HEELS BOTH INTACT.";
        OK_PAIR(src, "The sacrum is intact but red, and it blanches. Both heels are intact.");
        FLAG_PAIR(src, "The sacrum is intact but red, and it blanches. The left heel is intact.",
                  "laterality");
    }
    {
        /* the close of the parenthesis a not stands in ends its scope */
        const char *src = "FALL AT HOME, L DISTAL RADIUS FX (CAST, ORIF NOT DONE), LIVES ALONE.";
        OK_PAIR(src, "After a fall at home she has a left distal radius fracture, which has been casted; ORIF wa"
                "s not performed. She lives alone.");
        FLAG_PAIR(src, "After a fall at home she has a left distal radius fracture, which has been casted; ORIF wa"
                  "s performed. She lives alone.",
                  "negation");
    }
    {
        /* do not attempt CPR spelled out for a source's DNACPR */
        const char *src = "DNACPR FORM IN HOUSE, RESPECT COMPLETED. FAMILY AWARE.";
        OK_PAIR(src, "A DNACPR (do not attempt cardiopulmonary resuscitation) form is in the house, and a ReSPEC"
                "T form has been completed. The family is aware.");
        FLAG_PAIR(src, "A DNACPR (do not attempt cardiopulmonary resuscitation) form is in the house, and a ReSPEC"
                  "T form has not been completed. The family is aware.",
                  "negation");
    }
    {
        /* a lower-case re before a word is regarding, in a note that mentions an eye */
        const char *src = "HBA1C 78. VISION POOR, LE DRY. To d/w GP re: increase to 26 units.";
        OK_PAIR(src, "HbA1c is 78. Her vision is poor and the left eye is dry. To discuss with the GP increasing"
                " the dose to 26 units.");
        FLAG_PAIR(src, "HbA1c is 78. Her vision is poor and the right eye is dry. To discuss with the GP increasin"
                  "g the dose to 26 units.",
                  "laterality");
    }
    {
        /* AM and midday after a dose are dose times; a slot word before the next drug is that drug's */
        const char *src = "ALPRAZOLAM 0.5MG AM / 0.25MG MIDDAY / 0.5MG HS X 2 WKS.\nDECREASE LEVEMIR TO 14 UNITS QHS,"
                          " HOLD AM HUMALOG IF BREAKFAST <50%.";
        OK_PAIR(src, "Alprazolam 0.5 mg in the morning, 0.25 mg at midday and 0.5 mg at bedtime for 2 weeks.\nDe"
                "crease Levemir to 14 units at bedtime, and hold the morning Humalog if breakfast intake is"
                " less than 50%.");
        FLAG_PAIR(src, "Alprazolam 0.5 mg twice daily for 2 weeks.\nDecrease Levemir to 14 units at bedtime, and h"
                  "old the morning Humalog if breakfast intake is less than 50%.",
                  "frequency");
    }
    {
        /* a drug's order before a dash is what NOT NEEDED is said of */
        const char *src = "COMFORT KIT OPENED. LORAZEPAM 0.5MG SL Q4H PRN - NOT NEEDED.";
        OK_PAIR(src, "The comfort kit was opened. Lorazepam 0.5 mg sublingually every 4 hours as needed has not "
                "been needed.");
        FLAG_PAIR(src, "The comfort kit was opened. Lorazepam 0.5 mg sublingually every 4 hours as needed has been"
                  " needed twice.",
                  "negation");
    }
    {
        /* a word in parentheses inside a negated noun phrase of prose */
        const char *src = "DEATH VERIFIED 0612: NO CENTRAL PULSE (CAROTID) X1 MIN, NO HEART SOUNDS X1 MIN.";
        OK_PAIR(src, "Death was verified at 06:12: there was no central (carotid) pulse for 1 minute and no hear"
                "t sounds for 1 minute.");
        FLAG_PAIR(src, "Death was verified at 06:12: there was a central (carotid) pulse for 1 minute and no heart"
                  " sounds for 1 minute.",
                  "negation");
    }
    {
        /* a copula before the finding a post-trigger closes leaves its subject in the wide scope */
        const char *src = "UA: NITRITE NEG, LE TRACE. MOTHER HBSAG NEG.";
        OK_PAIR(src, "Urinalysis was nitrite negative with trace leukocyte esterase. The mother is HBsAg negativ"
                "e.");
        FLAG_PAIR(src, "Urinalysis was nitrite negative with trace leukocyte esterase. The mother is HBsAg positiv"
                  "e.",
                  "negation");
    }
    {
        /* a non- compound the output hyphenates reaches it (HIV NR) */
        const char *src = "MRI: BASAL EXUDATES - NSX: NO SHUNT NOW\nATT (HRZE) + INJ DEXAMETHASONE 0.4MG/KG/DAY IV\nH"
                          "IV NR";
        OK_PAIR(src, "MRI shows basal exudates; neurosurgery advises no shunt for now. HIV is non-reactive.\nTre"
                "atment: antitubercular therapy (HRZE) plus intravenous dexamethasone 0.4 mg/kg/day.");
        FLAG_PAIR(src, "MRI shows basal exudates; neurosurgery advises no shunt for now.\nTreatment: antitubercula"
                  "r therapy (HRZE) plus intravenous dexamethasone 0.4 mg/kg/day.",
                  "truncation");
    }
    {
        /* a lone R beside an antibiotic is resistant; LEVO after CIPRO is levofloxacin; U/g is a lab's unit */
        const char *src = "BL C/S - SALMONELLA TYPHI. S - CEFTRIAXONE. R - CIPROFLOXACIN (NALIDIXIC ACID R). PUS C/S "
                          "R: CIPRO, LEVO. G6PD 7.9 U/G HB.";
        OK_PAIR(src, "Blood culture grew Salmonella Typhi, sensitive to ceftriaxone and resistant to ciprofloxac"
                "in (nalidixic acid resistant). Pus culture: resistant to ciprofloxacin and levofloxacin. Q"
                "uantitative G6PD is 7.9 U/g Hb.");
        FLAG_PAIR(src, "Blood culture grew Salmonella Typhi, sensitive to ceftriaxone and resistant to ciprofloxac"
                  "in (nalidixic acid resistant). Pus culture: resistant to ciprofloxacin and moxifloxacin. Q"
                  "uantitative G6PD is 7.9 U/g Hb.",
                  "medication");
    }
    {
        /* impalpable is not palpable; WIDAL NS is not significant; receiving is no drug */
        const char *src = "RADIAL PULSE NOT PALPABLE. WIDAL NS. INHALERS ON HOLD WHILE ON NEB.";
        OK_PAIR(src, "The radial pulse is impalpable. The Widal test is not significant. The inhalers are on hol"
                "d while the patient is receiving nebulization.");
        FLAG_PAIR(src, "The radial pulse is palpable. The Widal test is not significant. The inhalers are on hold "
                  "while the patient is receiving nebulization.",
                  "negation");
    }
    {
        /* NOT YET before a parenthesis; a spaced dash ends an avoid-list's segment; NO- after a question is no sign */
        const char *src = "IRON NOT YET (START 4 WKS). ROP SCREEN DUE (<32WK? NO- 32WK, BW <1.5KG -> YES). ADVISE AVO"
                          "ID NAPHTHALENE/MOTHBALLS, CERTAIN DRUGS - LEAFLET GIVEN.";
        OK_PAIR(src, "Iron has not been started yet and will start at 4 weeks. Retinopathy screening is due: alt"
                "hough the baby was born at 32 weeks rather than before 32 weeks, the birth weight was unde"
                "r 1.5 kg. The parents were advised to avoid naphthalene/mothballs and certain drugs, and a"
                " leaflet was given.");
        FLAG_PAIR(src, "Iron has been started and will continue for 4 weeks. Retinopathy screening is due: althoug"
                  "h the baby was born at 32 weeks rather than before 32 weeks, the birth weight was under 1."
                  "5 kg. The parents were advised to avoid naphthalene/mothballs and certain drugs, and a lea"
                  "flet was given.",
                  "negation");
    }
    {
        /* an answer's NOT with a word of its own; a judging verb after not; a failure said as not working */
        const char *src = "START TPT: 3HP? NOT AVAILABLE -> ISONIAZID 10MG/KG OD X 6 MONTHS.\nRenal USS within 6 wks "
                          "(atypical? no - responds).\nDesmopressin 120 mcg sublingual HS if alarm fails after 3 mths"
                          ".";
        OK_PAIR(src, "TB preventive therapy: the 3HP regimen is not available, so isoniazid 10 mg/kg once daily "
                "for 6 months.\nA renal ultrasound within 6 weeks; the infection was not considered atypica"
                "l, as he is responding.\nDesmopressin 120 micrograms sublingually at bedtime if the alarm "
                "has not worked after 3 months.");
        FLAG_PAIR(src, "TB preventive therapy: the 3HP regimen is available, so isoniazid 10 mg/kg once daily for "
                  "6 months.\nA renal ultrasound within 6 weeks; the infection was not considered atypical, a"
                  "s he is responding.\nDesmopressin 120 micrograms sublingually at bedtime if the alarm has "
                  "not worked after 3 months.",
                  "negation");
    }
    {
        /* ratios are no clock times; a vaccine's dose number; a factor worked out; CABGx2 */
        const char *src = "ICR 1:10, CARB RATIO 1:12. 6 WKS: PENTA1, OPV1 - GIVEN. F-75 130 ML/KG/DAY (OEDEMA -> 100 "
                          "ML/KG/DAY) = 8.5KG X 100 = 850ML/D. S/P CABGx2.";
        OK_PAIR(src, "The ICR is 1:10, and the carbohydrate ratio is 1:12. At 6 weeks, pentavalent dose 1 and OP"
                "V1 were given. F-75 130 mL/kg/day, reduced to 100 mL/kg/day for the oedema, which for 8.5 "
                "kg gives 850 mL a day. Status post CABG x2.");
        FLAG_PAIR(src, "The ICR is 1:10, and the carbohydrate ratio is 1:12. At 6 weeks, pentavalent dose 3 and OP"
                  "V1 were given. F-75 130 mL/kg/day, reduced to 100 mL/kg/day for the oedema, which for 8.5 "
                  "kg gives 850 mL a day. Status post CABG x2.",
                  "numbers");
        FLAG_PAIR(src, "The ICR is 1:10, and the carbohydrate ratio is 1:12. At 6 weeks, pentavalent dose 1 and OP"
                  "V1 were given. F-75 130 mL/kg/day, reduced to 100 mL/kg/day for the oedema, which for 8.5 "
                  "kg gives 850 mL a day. Status post CABG x3.",
                  "numbers");
    }
    {
        /* a STAT before a route and dose of the drug */
        const char *src = "RECEIVED SALBUTAMOL 2.5MG NEB X3 BACK TO BACK + PRED 20MG PO STAT IN ED.\nNOW: PRED 20MG O"
                          "D X 3 DAYS TOTAL.";
        OK_PAIR(src, "In the emergency department she received three back-to-back salbutamol 2.5 mg nebulisers a"
                "nd a stat oral dose of prednisolone 20 mg.\nCurrent plan: prednisolone 20 mg once daily fo"
                "r a total of 3 days.");
        FLAG_PAIR(src, "In the emergency department she received three back-to-back salbutamol 2.5 mg nebulisers a"
                  "nd a stat oral dose of prednisolone 20 mg.\nCurrent plan: prednisolone 20 mg twice daily f"
                  "or a total of 3 days.",
                  "frequency");
    }
    {
        /* q4 weekly; D2B; an adverb of time between not and its participle; not eligible */
        const char *src = "COMMENCED MEPOLIZUMAB 100MG SC Q4 WEEKLY. D2B 46 MIN. ICU R/V - NOT REQUIRED CURRENTLY. RS"
                          "V VAX - NOT ELIGIBLE.";
        OK_PAIR(src, "Mepolizumab 100 mg subcutaneously every 4 weeks was commenced. The door-to-balloon time wa"
                "s 46 minutes. ICU review: not currently required. The patient is not eligible for the RSV "
                "vaccine.");
        FLAG_PAIR(src, "Mepolizumab 100 mg subcutaneously every 2 weeks was commenced. The door-to-balloon time wa"
                  "s 46 minutes. ICU review: not currently required. The patient is not eligible for the RSV "
                  "vaccine.",
                  "numbers");
        FLAG_PAIR(src, "Mepolizumab 100 mg subcutaneously every 4 weeks was commenced. The door-to-balloon time wa"
                  "s 46 minutes. ICU review: currently required. The patient is not eligible for the RSV vacc"
                  "ine.",
                  "negation");
    }
    {
        /* no more than said of the subject; fly and dive for flying and diving; LA/LAA */
        const char *src = "ASTHMA REVIEW. NO SABA USE >2X/WK. ADVISED NO FLYING X 2 WKS, NO DIVING PERMANENTLY.\nMR A"
                          "BSENT, NO LA/LAA CLOT ON TEE.";
        OK_PAIR(src, "Asthma review. Reliever (SABA) use is no more than twice a week. The patient was advised n"
                "ot to fly for 2 weeks and never to dive.\nMitral regurgitation is absent, and there is no "
                "clot in the left atrium or left atrial appendage on TEE.");
        FLAG_PAIR(src, "Asthma review. Reliever (SABA) use is no more than twice a week. The patient was advised n"
                  "ot to fly for 2 weeks and never to dive.\nMitral regurgitation is absent, and there is a c"
                  "lot in the left atrium and left atrial appendage on TEE.",
                  "negation");
    }
    {
        /* LEVO and NA in a note on pressors; BICARB given in mEq; SSI in a note on diabetes; insulin/dex */
        const char *src = "LEVO MAXED AT 0.3 MCG/KG/MIN, VASO 0.04 UNITS/MIN ADDED. BICARB 50 MEQ X1. NA MAX 0.25 MCG"
                          "/KG/MIN (OFF 06/03).\nDM2 - SSI, HOLD METFORMIN. INSULIN/DEX FOR K.";
        OK_PAIR(src, "Norepinephrine is at its maximum of 0.3 mcg/kg/min, and vasopressin 0.04 units/min was add"
                "ed. Sodium bicarbonate 50 mEq was given once. Noradrenaline maximum 0.25 mcg/kg/min (off s"
                "ince 06/03).\nType 2 diabetes: sliding-scale insulin; hold metformin. Insulin and dextrose"
                " for the potassium.");
        FLAG_PAIR(src, "Norepinephrine is at its maximum of 0.3 mcg/kg/min. Sodium bicarbonate 50 mEq was given on"
                  "ce. Noradrenaline maximum 0.25 mcg/kg/min (off since 06/03).\nType 2 diabetes: sliding-sca"
                  "le insulin; hold metformin. Insulin and dextrose for the potassium.",
                  "medication");
    }
    {
        /* a blood gas's BE; a negative fluid balance; MC&S; TLC in a lines note; BO NIL; cooling with TTM */
        const char *src = "HCO3 29 BE +3. CVVHDF, NEG BALANCE -1.2L/24H. SPUTUM MC&S NEG.\nR SUBCLAVIAN TLC PLACED 5/"
                          "2. NO PICC. PT DOES NOT NEED THE TLC AFTER TODAY.\nBO NIL X 3D. COOLING/TTM 36 NOT STARTED"
                          ".";
        OK_PAIR(src, "Bicarbonate 29, base excess +3. CVVHDF with a negative fluid balance of 1.2 L over 24 hour"
                "s. Sputum microscopy, culture and sensitivity was negative.\nRight subclavian triple-lumen"
                " catheter placed on 5/2. There is no PICC line. The patient does not need the triple-lumen"
                " catheter after today.\nThe bowels have not opened for 3 days. Cooling with targeted tempe"
                "rature management at 36 has not been started.");
        FLAG_PAIR(src, "Bicarbonate 29, base excess +3. CVVHDF with a negative fluid balance of 1.2 L over 24 hour"
                  "s. Sputum microscopy, culture and sensitivity was negative.\nRight subclavian triple-lumen"
                  " catheter placed on 5/2. There is no PICC line. The patient does not need the triple-lumen"
                  " catheter after today.\nThe bowels have opened twice. Cooling with targeted temperature ma"
                  "nagement at 36 has not been started.",
                  "negation");
    }
    {
        /* a heading before a spaced dash that a closing NOT is said of; a gestation after BABY */
        const char *src = "BOWELS - PASSING FLATUS, NOT OPENED. NEONATAL JAUNDICE - D4, BABY BOY, 37+0, WT 2.7KG.";
        OK_PAIR(src, "The patient is passing flatus, but the bowels have not yet opened. Neonatal jaundice: a ba"
                "by boy on day 4, born at 37 weeks and 0 days, weighing 2.7 kg.");
        FLAG_PAIR(src, "The patient is passing flatus, but the bowels have not yet opened. Neonatal jaundice: a ba"
                  "by boy on day 4, born at 37 months and 0 days, weighing 2.7 kg.",
                  "numbers");
    }
}


/* guard-38 (session 15) */
static void guard38_rules(void) {
    /* guard-38: round 34's causes (blind112-114, read after their first contact on guard-37); the
       OK a rewrite guard-37 flagged or must keep passing, each FLAG the same with a real error */
    {
        /* RIF after a TB test's comma is rifampicin; hilar LAD; CPT, HBIG, INH and COTRIM in the lexicon; 93F as an age */
        const char *src = "GASTRIC ASPIRATE CBNAAT: MTB DETECTED, RIF NOT DETECTED. CXR: R HILAR LAD. CPT NOT REQUIRE"
                          "D. NO NEED FOR HBIG. INH PROPHYLAXIS COMPLETED. RESISTANT: CIPRO, COTRIM. PT ***, 93F.";
        OK_PAIR(src, "Gastric aspirate CBNAAT detected Mycobacterium tuberculosis, with rifampicin resistance no"
                "t detected. The chest X-ray shows right hilar lymphadenopathy. Co-trimoxazole preventive t"
                "herapy is not required. Hepatitis B immunoglobulin is not needed. Isoniazid prophylaxis ha"
                "s been completed. Resistant to ciprofloxacin and co-trimoxazole. The patient, ***, is a 93"
                "-year-old woman.");
        FLAG_PAIR(src, "Gastric aspirate CBNAAT detected Mycobacterium tuberculosis, with rifampicin resistance no"
                  "t detected. The chest X-ray shows left hilar lymphadenopathy. Co-trimoxazole preventive th"
                  "erapy is not required. Hepatitis B immunoglobulin is not needed. Isoniazid prophylaxis has"
                  " been completed. Resistant to ciprofloxacin and co-trimoxazole. The patient, ***, is a 93-"
                  "year-old woman.",
                  "laterality");
        FLAG_PAIR(src, "Gastric aspirate CBNAAT detected Mycobacterium tuberculosis, with rifampicin resistance no"
                  "t detected. The chest X-ray shows right hilar lymphadenopathy. Co-trimoxazole preventive t"
                  "herapy is required. Hepatitis B immunoglobulin is not needed. Isoniazid prophylaxis has be"
                  "en completed. Resistant to ciprofloxacin and co-trimoxazole. The patient, ***, is a 93-yea"
                  "r-old woman.",
                  "negation");
        FLAG_PAIR(src, "Gastric aspirate CBNAAT detected Mycobacterium tuberculosis, with rifampicin resistance no"
                  "t detected. The chest X-ray shows right hilar lymphadenopathy. Co-trimoxazole preventive t"
                  "herapy is not required. Hepatitis B immunoglobulin is not needed. Isoniazid prophylaxis ha"
                  "s been completed. Resistant to ciprofloxacin and co-trimoxazole. The patient, ***, is a 39"
                  "-year-old woman.",
                  "numbers");
    }
    {
        /* a capital L or R closing an acuity is a side: a swap there is caught */
        const char *src = "L EYE: CONJ CONGESTION. R EYE NORMAL. VA 6/9 L, 6/6 R";
        OK_PAIR(src, "The left eye shows conjunctival congestion; the right eye is normal. Visual acuity is 6/9 "
                "in the left eye and 6/6 in the right eye.");
        FLAG_PAIR(src, "The left eye shows conjunctival congestion; the right eye is normal. Visual acuity is 6/9 "
                  "in the right eye and 6/6 in the right eye.",
                  "laterality");
    }
}


static void guard37_rules(void) {
    /* guard-37: round 33's causes (blind109-111, read after their first contact on guard-35);
       each OK a rewrite guard-36 flagged, each FLAG the same with a real error */
    {
        /* PRED before a volume is predicted; OCT before 4/52 is a scan; always is no drug; CaCl is calcium chloride */
        const char *src = "FVC 2.1L (PRED 4.2L). ON PRED 60MG OD. REPEAT FIELDS + OCT 4/52. CARRY GLUCOSE TABS ALWAYS"
                          ". CACL 1 G IV STAT.";
        OK_PAIR(src, "FVC is 2.1 L (predicted 4.2 L). She is on prednisolone 60 mg once daily. Repeat visual fie"
                "lds and OCT in 4 weeks. Always carry glucose tablets. Calcium chloride 1 g IV immediately.");
        FLAG_PAIR(src, "FVC is 2.1 L (predicted 4.2 L). She is on 60 mg once daily. Repeat visual fields and OCT i"
                  "n 4 weeks. Always carry glucose tablets. Calcium chloride 1 g IV immediately.",
                  "medication");
        FLAG_PAIR(src, "FVC is 2.1 L (predicted 4.2 L). She is on prednisolone 60 mg once daily. Repeat visual fie"
                  "lds and OCT in 6 weeks. Always carry glucose tablets. Calcium chloride 1 g IV immediately.",
                  "numbers");
        FLAG_PAIR(src, "FVC is 2.1 L (predicted 4.2 L). She is on prednisolone 60 mg once daily. Repeat visual fie"
                  "lds and OCT in 4 weeks. Always carry glucose tablets. Give 1 g IV immediately.",
                  "medication");
    }
    {
        /* a dose changed at one slot; a duration closing a not; RE; NOT YET DONE; RESTART NOTHING; RT as the respiratory therapist */
        const char *src = "RX: T. OLANZAPINE 10MG HS -> 15MG HS. DRIVING: NOT FOR 1 MONTH, INFORM DVLA IF RESIDUAL DE"
                          "FICIT. RENAL CONSULTED RE HAEMODIALYSIS - NOT INDICATED AT PRESENT. EEG NOT YET DONE. REST"
                          "ART NOTHING. RT AT BEDSIDE.";
        OK_PAIR(src, "Olanzapine tablets increased from 10 mg to 15 mg at bedtime. Driving: he must not drive fo"
                "r 1 month and must inform the DVLA if he has a residual deficit. The renal team was consul"
                "ted regarding haemodialysis, which is not indicated at present. An EEG has not yet been do"
                "ne. Nothing is to be restarted. The respiratory therapist is at the bedside.");
        FLAG_PAIR(src, "Olanzapine tablets increased from 10 mg to 15 mg twice daily. Driving: he must not drive f"
                  "or 1 month and must inform the DVLA if he has a residual deficit. The renal team was consu"
                  "lted regarding haemodialysis, which is not indicated at present. An EEG has not yet been d"
                  "one. Nothing is to be restarted. The respiratory therapist is at the bedside.",
                  "frequency");
        FLAG_PAIR(src, "Olanzapine tablets increased from 10 mg to 15 mg at bedtime. Driving: he must not drive fo"
                  "r 1 month and must inform the DVLA if he has a residual deficit. The renal team was consul"
                  "ted regarding haemodialysis, which is indicated at present. An EEG has not yet been done. "
                  "Nothing is to be restarted. The respiratory therapist is at the bedside.",
                  "negation");
        FLAG_PAIR(src, "Olanzapine tablets increased from 10 mg to 15 mg at bedtime. Driving: he must not drive fo"
                  "r 1 month and must inform the DVLA if he has a residual deficit. The renal team was consul"
                  "ted regarding haemodialysis, which is not indicated at present. An EEG has been done. Noth"
                  "ing is to be restarted. The respiratory therapist is at the bedside.",
                  "negation");
        FLAG_PAIR(src, "Olanzapine tablets increased from 10 mg to 15 mg at bedtime. Driving: he must not drive fo"
                  "r 1 month and must inform the DVLA if he has a residual deficit. The renal team was consul"
                  "ted regarding haemodialysis, which is not indicated at present. An EEG has not yet been do"
                  "ne. Everything is to be restarted. The respiratory therapist is at the bedside.",
                  "negation");
    }
}


static void guard36_rules(void) {
    /* guard-36: where a negation is found in the other text (a plain word in capitals holds none;
       one elsewhere counts within its sentence) and BNO; each OK a rewrite guard-35 flagged or must
       keep passing, each FLAG the same with a real error */
    {
        /* a plain word in capitals (NEW) holds no negation, and a negation elsewhere counts only in its sentence */
        const char *src = "45 YO F, 3 DAYS L CALF PAIN & SWELLING, NEW PLEURITIC CP + SOB TODAY. L CALF 3 CM > R. NO "
                          "R LEG SWELLING.";
        OK_PAIR(src, "A 45-year-old woman with 3 days of left calf pain and swelling, and new pleuritic chest pa"
                "in and shortness of breath today. The left calf is 3 cm larger than the right. There is no"
                " swelling of the right leg.");
        FLAG_PAIR(src, "A 45-year-old woman with 3 days of no left calf pain and swelling, and new pleuritic chest"
                  " pain and shortness of breath today. The left calf is 3 cm larger than the right. There is"
                  " no swelling of the right leg.",
                  "negation");
    }
    {
        /* BNO is bowels not opened; C/O : NIL said as no complaints */
        const char *src = "CONSTIPATION (BNO 5/7). BOWELS OPENED X2 AFTER ENEMA. C/O : NIL. FM ++.";
        OK_PAIR(src, "Constipation (bowels not opened for five days); the bowels opened twice after an enema. Sh"
                "e has no complaints, and fetal movements are good.");
        FLAG_PAIR(src, "Constipation (bowels not opened for five days); the bowels opened twice after an enema. Sh"
                  "e has complaints, and fetal movements are good.",
                  "negation");
        FLAG_PAIR(src, "Constipation (bowels opened for five days); the bowels opened twice after an enema. She ha"
                  "s no complaints, and fetal movements are good.",
                  "negation");
    }
}


static void guard35_rules(void) {
    /* guard-35: round 32's false positives (blind106-108, read after their first contact) and
       the misses the fixtures showed once those were gone; each OK is a faithful rewrite guard-34
       flagged (or a form the new rule must keep passing), each FLAG the same with a real error */
    {
        /* every N-M hours is a range (no count); a PRN said before the sentence's drugs governs them */
        const char *src = "PRN: MORPHINE 2.5MG SC 2-4 HRLY, MIDAZOLAM 2.5MG SC 4 HRLY PRN AGITATION.\nPRN ALFENTANIL "
                          "100MCG SC 1-2 HRLY.";
        OK_PAIR(src, "As-needed medication: morphine 2.5 mg subcutaneously every 2-4 hours, and midazolam 2.5 mg"
                " subcutaneously every 4 hours as needed for agitation. Alfentanil 100 micrograms subcutane"
                "ously every 1-2 hours as needed.");
        FLAG_PAIR(src, "As-needed medication: morphine 2.5 mg subcutaneously every 2-6 hours, and midazolam 2.5 mg"
                  " subcutaneously every 4 hours as needed for agitation. Alfentanil 100 micrograms subcutane"
                  "ously every 1-2 hours as needed.",
                  "numbers");
        FLAG_PAIR(src, "As-needed medication: morphine 2.5 mg subcutaneously every 2-4 hours, and midazolam 2.5 mg"
                  " subcutaneously every 4 hours as needed for agitation. Alfentanil 100 micrograms subcutane"
                  "ously every 1-2 hours.",
                  "frequency");
    }
    {
        /* the single tablet of TAB X BD; one unit and a single-donor unit for 1 PRBC and 1 SDP */
        const char *src = "TAB ULTRACET BD X 5 DAYS, TAB PAN 40 OD. HB 7.2 -> 1 PRBC TRANSFUSED. PLT 9K -> 1 SDP.";
        OK_PAIR(src, "Ultracet (tramadol/paracetamol) one tablet twice daily for 5 days and Pan 40 mg tablet onc"
                "e daily. Haemoglobin was 7.2, so one unit of packed red blood cells was transfused. Platel"
                "ets were 9,000, so one single-donor platelet unit was given.");
        FLAG_PAIR(src, "Ultracet (tramadol/paracetamol) two tablets twice daily for 5 days and Pan 40 mg tablet on"
                  "ce daily. Haemoglobin was 7.2, so one unit of packed red blood cells was transfused. Plate"
                  "lets were 9,000, so one single-donor platelet unit was given.",
                  "numbers");
        FLAG_PAIR(src, "Ultracet (tramadol/paracetamol) one tablet twice daily for 5 days and Pan 40 mg tablet onc"
                  "e daily. Haemoglobin was 7.2, so one unit of packed red blood cells was transfused. Platel"
                  "ets were 9,000, so three single-donor platelet units were given.",
                  "numbers");
    }
    {
        /* CA GLUCONATE is calcium gluconate; FCM (FERRIC CARBOXYMALTOSE) names the drug once; LOX, METXL, ADRIAMYCIN */
        const char *src = "INJ CA GLUCONATE 10ML IV STAT. INJ FCM (FERRIC CARBOXYMALTOSE) 500 MG IV. LOX 2% JELLY LA."
                          " METXL 25 OD. ADRIAMYCIN 25MG/M2 = 38MG";
        OK_PAIR(src, "Intravenous calcium gluconate 10 mL was given immediately. Ferric carboxymaltose 500 mg in"
                "travenously. Lox 2% (lidocaine) jelly applied locally. Met XL (metoprolol) 25 mg once dail"
                "y. Adriamycin (doxorubicin) 25 mg/m² = 38 mg.");
        FLAG_PAIR(src, "Intravenous 10 mL was given immediately. Ferric carboxymaltose 500 mg intravenously. Lox 2"
                  "% (lidocaine) jelly applied locally. Met XL (metoprolol) 25 mg once daily. Adriamycin (dox"
                  "orubicin) 25 mg/m² = 38 mg.",
                  "medication");
        FLAG_PAIR(src, "Intravenous calcium gluconate 10 mL was given immediately. Ferric carboxymaltose 500 mg in"
                  "travenously. Lox 2% (lidocaine) jelly applied locally. Met XL (atenolol) 25 mg once daily."
                  " Adriamycin (doxorubicin) 25 mg/m² = 38 mg.",
                  "medication");
    }
    {
        /* NS spelled as another phrase by its initials is no saline */
        const char *src = "ABVD C3 D15 - HL STAGE IIB (NS).";
        OK_PAIR(src, "ABVD cycle 3, day 15, for Hodgkin lymphoma stage IIB, nodular sclerosis subtype.");
        FLAG_PAIR(src, "ABVD cycle 3, day 15, for Hodgkin lymphoma stage IIB.",
                  "medication");
    }
    {
        /* an NS the source also gives as a fluid is still the fluid */
        const char *src = "ABVD C3 D15 - HL STAGE IIB (NS). GIVEN NS 500ML.";
        OK_PAIR(src, "ABVD cycle 3, day 15, for Hodgkin lymphoma stage IIB, nodular sclerosis subtype. Given nor"
                "mal saline 500 mL.");
        FLAG_PAIR(src, "ABVD cycle 3, day 15, for Hodgkin lymphoma stage IIB, nodular sclerosis subtype. Given 500"
                  " mL.",
                  "medication");
    }
    {
        /* in view of / due to after the trigger's verb is a reason; NOT DUE TO denies a cause */
        const char *src = "BMV NOT DONE IN VIEW OF LAA CLOT ON TEE. CHEST PAIN NOT DUE TO ACS.";
        OK_PAIR(src, "Balloon mitral valvotomy was not performed because transesophageal echocardiography showed"
                " a left atrial appendage clot. The chest pain is not due to acute coronary syndrome.");
        FLAG_PAIR(src, "Balloon mitral valvotomy was performed despite a left atrial appendage clot on transesopha"
                  "geal echocardiography. The chest pain is not due to acute coronary syndrome.",
                  "negation");
        FLAG_PAIR(src, "Balloon mitral valvotomy was not performed because transesophageal echocardiography showed"
                  " a left atrial appendage clot. The chest pain is due to acute coronary syndrome.",
                  "negation");
    }
    {
        /* MARGINS FREE is free margins; NOT RUPTURED is unruptured elsewhere; NO X DETECTED is detected no X */
        const char *src = "HPE: IDC, MARGINS FREE, LVI ABSENT. USG: ABSCESS 8 CM, NOT RUPTURED. DPD - NO VARIANT DETE"
                          "CTED.";
        OK_PAIR(src, "Histopathology showed invasive ductal carcinoma with free margins and no lymphovascular in"
                "vasion. Ultrasound showed an unruptured abscess of 8 cm. DPD testing detected no variant.");
        FLAG_PAIR(src, "Histopathology showed invasive ductal carcinoma with involved margins and no lymphovascula"
                  "r invasion. Ultrasound showed an unruptured abscess of 8 cm. DPD testing detected no varia"
                  "nt.",
                  "negation");
        FLAG_PAIR(src, "Histopathology showed invasive ductal carcinoma with free margins and no lymphovascular in"
                  "vasion. Ultrasound showed a ruptured abscess of 8 cm. DPD testing detected no variant.",
                  "negation");
        FLAG_PAIR(src, "Histopathology showed invasive ductal carcinoma with free margins and no lymphovascular in"
                  "vasion. Ultrasound showed an unruptured abscess of 8 cm. DPD testing detected a variant.",
                  "negation");
    }
    {
        /* LT after RT before a length is the left; both kidneys for B/L with the sides said apart */
        const char *src = "B/L ENLARGED KIDNEYS WITH MULTIPLE CYSTS (RT 17 CM, LT 18.5 CM), LT CYST HEMORRHAGE.";
        OK_PAIR(src, "Ultrasound showed both kidneys enlarged with multiple cysts (right 17 cm, left 18.5 cm) an"
                "d hemorrhage into a left-sided cyst.");
        FLAG_PAIR(src, "Ultrasound showed both kidneys enlarged with multiple cysts (right 17 cm, left 18.5 cm) an"
                  "d hemorrhage into a right-sided cyst.",
                  "laterality");
    }
    {
        /* a lab's IU/mL is no dose's IU; HEP B0 as hepatitis B-0; Physiotherapy referral is no PR */
        const char *src = "ASO TITRE 800 IU/ML. BCG/OPV0/HEP B0 GIVEN. NO PR MEDS. PHYSIO REFERRAL. HEPARIN 5000 UNIT"
                          "S SC BD";
        OK_PAIR(src, "The ASO titre was 800 IU/mL. BCG, OPV-0 and hepatitis B-0 vaccines were given. No rectal m"
                "edications. Physiotherapy referral. Heparin 5000 units subcutaneously twice daily.");
        FLAG_PAIR(src, "The ASO titre was 800 IU/mL. BCG, OPV-0 and hepatitis B-0 vaccines were given. No rectal m"
                  "edications. Physiotherapy referral. Heparin 5000 IU subcutaneously twice daily.",
                  "do_not_use");
        FLAG_PAIR(src, "The ASO titre was 800 IU/mL. BCG, OPV-0 and hepatitis B-1 vaccines were given. No rectal m"
                  "edications. Physiotherapy referral. Heparin 5000 units subcutaneously twice daily.",
                  "numbers");
        FLAG_PAIR(src, "The ASO titre was 800 IU/mL. BCG, OPV-0 and hepatitis B-0 vaccines were given. Rectal medi"
                  "cations. Physiotherapy referral. Heparin 5000 units subcutaneously twice daily.",
                  "negation");
    }
    {
        /* FEC-T chemotherapy is no tablet; 10^9 in superscript; x1 said once keeps 1 SACHET's 1 */
        const char *src = "D9 POST FEC-T. NEUTS 0.2 x10^9/L. OXYNORM 5MG PRN (x1 in 24h). LAXIDO 1 SACHET BD STARTED.";
        OK_PAIR(src, "Day 9 after FEC-T chemotherapy. Neutrophils 0.2 × 10⁹/L. OxyNorm 5 mg as needed, used once"
                " in the last 24 hours. Laxido 1 sachet twice daily has been started.");
        FLAG_PAIR(src, "Day 9 after FEC-T chemotherapy. Neutrophils 0.2 × 10¹²/L. OxyNorm 5 mg as needed, used onc"
                  "e in the last 24 hours. Laxido 1 sachet twice daily has been started.",
                  "numbers");
        FLAG_PAIR(src, "Day 9 after FEC-T chemotherapy. Neutrophils 0.2 × 10⁹/L. OxyNorm 5 mg as needed, used once"
                  " in the last 24 hours. Laxido twice daily has been started.",
                  "numbers");
    }
    {
        /* an amount said again in its sentence; one time for two joined statements; REPEAT is the same drug's dose */
        const char *src = "TAB SEVELAMER 800 MG 2-2-2 WITH MEALS (INCREASED FROM 1-1-1). REPEAT ECHO AFTER 4 WKS. LFT"
                          " AFTER 4 WKS. MORPHINE 5MG SC STAT, REPEAT 2.5MG AT 20 MIN IF NEEDED.";
        OK_PAIR(src, "Increase sevelamer from one 800 mg tablet to two 800 mg tablets three times daily with mea"
                "ls. Echocardiography and liver function tests should be repeated after 4 weeks. Morphine 5"
                " mg subcutaneously was given stat, with a repeat dose of 2.5 mg at 20 minutes if needed.");
        FLAG_PAIR(src, "Increase sevelamer from one 800 mg tablet to two 800 mg tablets three times daily with mea"
                  "ls. Echocardiography should be repeated after 4 weeks. Liver function tests afterwards. Mo"
                  "rphine 5 mg subcutaneously was given stat, with a repeat dose of 2.5 mg at 20 minutes if n"
                  "eeded.",
                  "numbers");
        FLAG_PAIR(src, "Increase sevelamer from one 800 mg tablet to two 80 mg tablets three times daily with meal"
                  "s. Echocardiography and liver function tests should be repeated after 4 weeks. Morphine 5 "
                  "mg subcutaneously was given stat, with a repeat dose of 2.5 mg at 20 minutes if needed.",
                  "numbers");
        FLAG_PAIR(src, "Increase sevelamer from one 800 mg tablet to two 800 mg tablets three times daily with mea"
                  "ls. Echocardiography and liver function tests should be repeated after 4 weeks. Morphine 5"
                  " mg subcutaneously was given as needed, with a repeat dose of 2.5 mg at 20 minutes if need"
                  "ed.",
                  "frequency");
    }
    {
        /* a brand's strength restating the dose; a Q range; BD-TDS as a range; 18/12 said in months; Q1H as every hour */
        const char *src = "TAB TELMA 40 0-0-1. CIC Q4-6H. CLOTRIMAZOLE 1% CREAM BD-TDS. SOB 18/12. USING VENTOLIN 10 "
                          "PUFFS Q1H. REASSESS 1HR.";
        OK_PAIR(src, "Telmisartan 40 mg (Telma 40) one tablet at night. Clean intermittent catheterisation every"
                " 4-6 hours. Clotrimazole 1% cream two to three times a day. Shortness of breath for 18 mon"
                "ths. She has been using Ventolin 10 puffs every hour. Reassess in 1 hour.");
        FLAG_PAIR(src, "Telmisartan 80 mg (Telma 40) one tablet at night. Clean intermittent catheterisation every"
                  " 4-6 hours. Clotrimazole 1% cream two to three times a day. Shortness of breath for 18 mon"
                  "ths. She has been using Ventolin 10 puffs every hour. Reassess in 1 hour.",
                  "numbers");
        FLAG_PAIR(src, "Telmisartan 40 mg (Telma 40) one tablet at night. Clean intermittent catheterisation every"
                  " 2-6 hours. Clotrimazole 1% cream two to three times a day. Shortness of breath for 18 mon"
                  "ths. She has been using Ventolin 10 puffs every hour. Reassess in 1 hour.",
                  "numbers");
        FLAG_PAIR(src, "Telmisartan 40 mg (Telma 40) one tablet at night. Clean intermittent catheterisation every"
                  " 4-6 hours. Clotrimazole 1% cream two to three times a day. Shortness of breath for 18 wee"
                  "ks. She has been using Ventolin 10 puffs every hour. Reassess in 1 hour.",
                  "numbers");
        FLAG_PAIR(src, "Telmisartan 40 mg (Telma 40) one tablet at night. Clean intermittent catheterisation every"
                  " 4-6 hours. Clotrimazole 1% cream two to three times a day. Shortness of breath for 18 mon"
                  "ths. She has been using Ventolin 10 puffs every hour. Reassess later.",
                  "numbers");
    }
    {
        /* a verb of supply after NOT, NEVER DONE, read backwards; Fostair, CBZ and BPaLM in the lexicon */
        const char *src = "KNOWN PEANUT ALLERGY, EPIPEN NOT CARRIED. FLU VACCINE NOT RECEIVED. DEXA NEVER DONE. STEP "
                          "UP: FOSTAIR 100/6 2 PUFFS BD. CONTINUE CBZ 200MG BD. ON BPALM SINCE 04/01/2024.";
        OK_PAIR(src, "He has a known peanut allergy and was not carrying his EpiPen. He has not received the inf"
                "luenza vaccine. She has never had a DEXA scan. Step up to Fostair 100/6 (beclometasone/for"
                "moterol), 2 puffs twice daily. Continue Tegretol (carbamazepine) 200 mg twice daily. He ha"
                "s been on bedaquiline, pretomanid, linezolid and moxifloxacin since 04/01/2024.");
        FLAG_PAIR(src, "He has a known peanut allergy and carries his EpiPen. He has not received the influenza va"
                  "ccine. She has never had a DEXA scan. Step up to Fostair 100/6 (beclometasone/formoterol),"
                  " 2 puffs twice daily. Continue Tegretol (carbamazepine) 200 mg twice daily. He has been on"
                  " bedaquiline, pretomanid, linezolid and moxifloxacin since 04/01/2024.",
                  "negation");
        FLAG_PAIR(src, "He has a known peanut allergy and was not carrying his EpiPen. He has not received the inf"
                  "luenza vaccine. She has had a DEXA scan. Step up to Fostair 100/6 (beclometasone/formotero"
                  "l), 2 puffs twice daily. Continue Tegretol (carbamazepine) 200 mg twice daily. He has been"
                  " on bedaquiline, pretomanid, linezolid and moxifloxacin since 04/01/2024.",
                  "negation");
        FLAG_PAIR(src, "He has a known peanut allergy and was not carrying his EpiPen. He has not received the inf"
                  "luenza vaccine. She has never had a DEXA scan. Step up to Fostair 100/6 (beclometasone/for"
                  "moterol), 2 puffs twice daily. Continue Tegretol (carbamazepine) 200 mg twice daily. He ha"
                  "s been on bedaquiline, pretomanid and linezolid since 04/01/2024.",
                  "medication");
    }
}


static void guard34_rules(void) {
    /* "not req'd"; half-hourly for 1/2 HRLY; the zero of "HS I+II+0" is no added sounds; "NOT
       CONFUSED AFTER" is no time limit; CO- before a drug is no "complaints of" (so "NOT FOR
       FLUCLOX/CO-AMOX/TAZOCIN" reaches the third drug) */
    const char *src = "Sepsis 6 done: urine cx sent, O2 not req'd, UO monitored. Neuro obs 1/2 hrly x4. O/E: HS I+II+0. RAP"
                      "ID RECOVERY, NOT CONFUSED AFTER. Pen allergy - NOT for fluclox/co-amox/tazocin.";
    OK_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was not required, and urine output "
                 "is monitored. Neurological observations half-hourly for four sets. On examination, heart sounds I an"
                 "d II with no added sounds. He recovered rapidly and was not confused afterwards. Penicillin allergy:"
                 " not for flucloxacillin, co-amoxiclav or Tazocin.");
    FLAG_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was required, and urine output is m"
                   "onitored. Neurological observations half-hourly for four sets. On examination, heart sounds I and II"
                   " with no added sounds. He recovered rapidly and was not confused afterwards. Penicillin allergy: not"
                   " for flucloxacillin, co-amoxiclav or Tazocin.", "negation");
    FLAG_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was not required, and urine output "
                   "is monitored. Neurological observations hourly for four sets. On examination, heart sounds I and II "
                   "with no added sounds. He recovered rapidly and was not confused afterwards. Penicillin allergy: not "
                   "for flucloxacillin, co-amoxiclav or Tazocin.", "numbers");
    FLAG_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was not required, and urine output "
                   "is monitored. Neurological observations half-hourly for four sets. On examination, heart sounds I an"
                   "d II with added sounds. He recovered rapidly and was not confused afterwards. Penicillin allergy: no"
                   "t for flucloxacillin, co-amoxiclav or Tazocin.", "negation");
    FLAG_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was not required, and urine output "
                   "is monitored. Neurological observations half-hourly for four sets. On examination, heart sounds I an"
                   "d II with no added sounds. He recovered rapidly and was confused afterwards. Penicillin allergy: not"
                   " for flucloxacillin, co-amoxiclav or Tazocin.", "negation");
    FLAG_PAIR(src, "The Sepsis Six bundle was done: a urine culture was sent, oxygen was not required, and urine output "
                   "is monitored. Neurological observations half-hourly for four sets. On examination, heart sounds I an"
                   "d II with no added sounds. He recovered rapidly and was not confused afterwards. Penicillin allergy:"
                   " not for flucloxacillin or co-amoxiclav; give Tazocin.", "negation");
    /* a birth's "TERM MALE, 40+1" is weeks and days; an R after a grade's number is a side; an
       abbreviation spelled out a few words past its place (a word the rewrite moved); "CRM FREE"
       is a free margin */
    src = "NIPE: Term male, 40+1, SVD. Skin: pressure ulcer grade 1 R heel. L heel intact. Asthma - not on ICS "
          "currently (non-adherent). HPE: ypT2N0, CRM FREE.";
    OK_PAIR(src, "Newborn examination: a term male born at 40 weeks and 1 day by spontaneous vaginal delivery. Skin: a"
                 " grade 1 pressure ulcer on the right heel; the left heel is intact. Asthma: the patient is not curre"
                 "ntly on an inhaled corticosteroid (non-adherent). Histopathology: ypT2N0 with a free circumferential"
                 " resection margin.");
    FLAG_PAIR(src, "Newborn examination: a term male born at 40 weeks and 1 week by spontaneous vaginal delivery. Skin: "
                   "a grade 1 pressure ulcer on the right heel; the left heel is intact. Asthma: the patient is not curr"
                   "ently on an inhaled corticosteroid (non-adherent). Histopathology: ypT2N0 with a free circumferentia"
                   "l resection margin.", "numbers");
    FLAG_PAIR(src, "Newborn examination: a term male born at 40 weeks and 1 day by spontaneous vaginal delivery. Skin: a"
                   " grade 1 pressure ulcer on the left heel; the left heel is intact. Asthma: the patient is not curren"
                   "tly on an inhaled corticosteroid (non-adherent). Histopathology: ypT2N0 with a free circumferential "
                   "resection margin.", "laterality");
    FLAG_PAIR(src, "Newborn examination: a term male born at 40 weeks and 1 day by spontaneous vaginal delivery. Skin: a"
                   " grade 1 pressure ulcer on the right heel; the left heel is intact. Asthma: the patient is currently"
                   " on an inhaled corticosteroid (non-adherent). Histopathology: ypT2N0 with a free circumferential res"
                   "ection margin.", "negation");
    /* a result after a label's colon followed by when or where it was found reads backwards too */
    src = "HIV status: neg (tested 01/23), retest today NR. HBSAG NEG AT BOOKING.";
    OK_PAIR(src, "HIV status: negative when tested in January 2023; retest today non-reactive. Hepatitis B surface an"
                 "tigen: negative at booking.");
    FLAG_PAIR(src, "HIV status: positive when tested in January 2023; retest today non-reactive. Hepatitis B surface "
                   "antigen: negative at booking.", "negation");
    /* a manner word before a dose is no drug's name (regular, over-the-counter); three capitals
       before a prescription written whole are a drug's name (CTX 960MG DAILY), and the short
       form of a drug the source names in full (LEV for LEVETIRACETAM), not of another */
    src = "Takes ibuprofen 400mg TDS OTC for knee pain. Paracetamol 1g QDS reg. Started CTX 960mg daily. WK 1-2"
          ": ADD LEVETIRACETAM 250MG BD. WK 3-4: LEV 500MG BD.";
    OK_PAIR(src, "Takes over-the-counter ibuprofen 400 mg three times a day for knee pain. Regular paracetamol 1 g fou"
                 "r times a day. Started CTX (co-trimoxazole) 960 mg daily. In weeks 1 to 2, add levetiracetam 250 mg "
                 "twice daily; in weeks 3 to 4, levetiracetam 500 mg twice daily.");
    FLAG_PAIR(src, "Takes over-the-counter 400 mg three times a day for knee pain. Regular paracetamol 1 g four times a "
                   "day. Started CTX (co-trimoxazole) 960 mg daily. In weeks 1 to 2, add levetiracetam 250 mg twice dail"
                   "y; in weeks 3 to 4, levetiracetam 500 mg twice daily.", "medication");
    FLAG_PAIR(src, "Takes over-the-counter ibuprofen 400 mg three times a day for knee pain. Regular 1 g four times a da"
                   "y. Started CTX (co-trimoxazole) 960 mg daily. In weeks 1 to 2, add levetiracetam 250 mg twice daily;"
                   " in weeks 3 to 4, levetiracetam 500 mg twice daily.", "medication");
    FLAG_PAIR(src, "Takes over-the-counter ibuprofen 400 mg three times a day for knee pain. Regular paracetamol 1 g fou"
                   "r times a day. Started 960 mg daily. In weeks 1 to 2, add levetiracetam 250 mg twice daily; in weeks"
                   " 3 to 4, levetiracetam 500 mg twice daily.", "medication");
    FLAG_PAIR(src, "Takes over-the-counter ibuprofen 400 mg three times a day for knee pain. Regular paracetamol 1 g fou"
                   "r times a day. Started CTX (co-trimoxazole) 960 mg daily. In weeks 1 to 2, add levetiracetam 250 mg "
                   "twice daily; in weeks 3 to 4, levofloxacin 500 mg twice daily.", "medication");
    /* SI/HI are suicidal and homicidal ideation; a net balance's sign written on its number
       ("NET -6.1L", "I/O -1.8L") is the balance's sign */
    src = "Pt states \"I'm tired of it\". Denies SI/HI. No AH/VH. IV furosemide 80mg BD, NET -6.1L. I/O -1.8L yes"
          "terday.";
    OK_PAIR(src, "He states, \"I'm tired of it.\" He denies suicidal and homicidal ideation. He has no auditory or visua"
                 "l hallucinations. Intravenous furosemide 80 mg twice daily, with a net negative balance of 6.1 L. Ne"
                 "t fluid balance was negative 1.8 L yesterday.");
    FLAG_PAIR(src, "He states, \"I'm tired of it.\" He reports suicidal and homicidal ideation. He has no auditory or visu"
                   "al hallucinations. Intravenous furosemide 80 mg twice daily, with a net negative balance of 6.1 L. N"
                   "et fluid balance was negative 1.8 L yesterday.", "negation");
    FLAG_PAIR(src, "He states, \"I'm tired of it.\" He denies suicidal and homicidal ideation. He has no auditory or visua"
                   "l hallucinations. Intravenous furosemide 80 mg twice daily, with a net positive balance of 6.1 L. Ne"
                   "t fluid balance was negative 1.8 L yesterday.", "negation");
    FLAG_PAIR(src, "He states, \"I'm tired of it.\" He denies suicidal and homicidal ideation. He has no auditory or visua"
                   "l hallucinations. Intravenous furosemide 80 mg twice daily, with a net negative balance of 6.1 L. Ne"
                   "t fluid balance was positive 1.8 L yesterday.", "negation");
    /* V/D, D/V and N/V/D are vomiting and diarrhoea, AH/VH auditory and visual hallucinations */
    src = "3 YO F, 2 DAYS FEVER. NO V/D, NO RASH. No AH/VH.";
    OK_PAIR(src, "A 3-year-old girl with 2 days of fever. There has been no vomiting or diarrhoea and no rash. No aud"
                 "itory or visual hallucinations.");
    FLAG_PAIR(src, "A 3-year-old girl with 2 days of fever. There has been vomiting or diarrhoea and no rash. No audit"
                   "ory or visual hallucinations.", "negation");
    FLAG_PAIR(src, "A 3-year-old girl with 2 days of fever. There has been no vomiting or diarrhoea and no rash. Audit"
                   "ory and visual hallucinations.", "negation");
    /* F/C fever and chills, C/C/E clubbing, cyanosis and oedema, DTs delirium tremens */
    src = "PT SEEN IN CLINIC. DENIES F/C. NO C/C/E. NO DTS.";
    OK_PAIR(src, "Patient seen in clinic. He denies fevers and chills. There is no clubbing, cyanosis or edema, and n"
                 "o delirium tremens.");
    FLAG_PAIR(src, "Patient seen in clinic. He reports fevers and chills. There is no clubbing, cyanosis or edema, and"
                   " no delirium tremens.", "negation");
    FLAG_PAIR(src, "Patient seen in clinic. He denies fevers and chills. There is clubbing, cyanosis and edema, and n"
                   "o delirium tremens.", "negation");
    /* a volume before "via" is a dose ("GASTROGRAFIN 100ML VIA NGT"); a dose stands by its drug
       where the output names the drug by the lexicon's name for it (NACL, "sodium chloride") */
    src = "BOWEL SOUNDS SLUGGISH. GASTROGRAFIN 100ML VIA NGT GIVEN AT 08:00. ICP 22 AT 0500 -> 20% NACL 40ML VIA C"
          "VC, ICP 14 AFTER.";
    OK_PAIR(src, "Bowel sounds are sluggish. Gastrografin 100 mL was given via the nasogastric tube at 08:00. ICP was "
                 "22 at 05:00, and 40 mL of 20% sodium chloride was given via the central venous catheter; ICP was 14"
                 " afterwards.");
    FLAG_PAIR(src, "Bowel sounds are sluggish. 100 mL was given via the nasogastric tube at 08:00. ICP was 22 at 05:00"
                   ", and 40 mL of 20% sodium chloride was given via the central venous catheter; ICP was 14 afterwards"
                   ".", "medication");
    /* LEV is levetiracetam (the neurologists' short form; levofloxacin is still another drug),
       Sinemet carbidopa and levodopa */
    src = "STATUS EPILEPTICUS. LEV 1.5 GM IV BD, LACOSAMIDE 200 MG IV BD. PD: SINEMET 25/100 2 TABS 5X/DAY.";
    OK_PAIR(src, "Status epilepticus. Levetiracetam 1.5 g IV twice daily and lacosamide 200 mg IV twice daily. Parkin"
                 "son's disease: carbidopa/levodopa (Sinemet) 25/100, 2 tablets five times a day.");
    FLAG_PAIR(src, "Status epilepticus. 1.5 g IV twice daily and lacosamide 200 mg IV twice daily. Parkinson's disease"
                   ": carbidopa/levodopa (Sinemet) 25/100, 2 tablets five times a day.", "medication");
    FLAG_PAIR(src, "Status epilepticus. Levofloxacin 1.5 g IV twice daily and lacosamide 200 mg IV twice daily. Parkins"
                   "on's disease: carbidopa/levodopa (Sinemet) 25/100, 2 tablets five times a day.", "medication");
    /* G-CSF is GCSF (not cerebrospinal fluid) and PEG before it pegylated; "Q21 DAYS", "Q3
       MONTHS": an interval written onto its Q takes the unit written apart after it */
    src = "PEG GCSF 6MG SC D2. AC Q21 DAYS. DEPOT INJ Q3 MONTHS.";
    OK_PAIR(src, "Pegylated G-CSF 6 mg subcutaneously on day 2. AC every 21 days. Depot injection every 3 months.");
    FLAG_PAIR(src, "Pegylated G-CSF 6 mg subcutaneously on day 2. AC every 21 weeks. Depot injection every 3 months.",
              "numbers");
    FLAG_PAIR(src, "Pegylated G-CSF 6 mg subcutaneously on day 2. AC every 21 days. Depot injection every 3 weeks.",
              "numbers");
    FLAG_PAIR(src, "6 mg subcutaneously on day 2. AC every 21 days. Depot injection every 3 months.", "medication");
    /* HAS after a percentage is human albumin solution (the verb elsewhere); a cross-match and
       vitals are no drugs */
    src = "LVP 6L DONE, 20% HAS 100ML PER 2L DRAINED -> 300ML GIVEN. PT HAS NO FEVER. type & cross 2u PRBC. Pre"
          "-infusion: T 98.1, HR 72.";
    OK_PAIR(src, "A large-volume paracentesis of 6 liters was performed, and 20% human albumin solution was given at 1"
                 "00 mL per 2 liters drained, for a total of 300 mL. The patient has no fever. Type and cross-match 2 "
                 "units of packed red blood cells. Pre-infusion vitals: temperature 98.1, heart rate 72.");
    FLAG_PAIR(src, "A large-volume paracentesis of 6 liters was performed, and 20% was given at 100 mL per 2 liters drai"
                   "ned, for a total of 300 mL. The patient has no fever. Type and cross-match 2 units of packed red blo"
                   "od cells. Pre-infusion vitals: temperature 98.1, heart rate 72.", "medication");
    FLAG_PAIR(src, "A large-volume paracentesis of 6 liters was performed, and 20% human albumin solution was given at 1"
                   "00 mL per 2 liters drained, for a total of 300 mL. The patient has a fever. Type and cross-match 2 u"
                   "nits of packed red blood cells. Pre-infusion vitals: temperature 98.1, heart rate 72.", "negation");
    /* PEN V is penicillin V, phenoxymethylpenicillin */
    src = "PLAN: PEN V 500MG QDS X 10/7. PARACETAMOL 1G QDS PRN.";
    OK_PAIR(src, "Plan: phenoxymethylpenicillin (penicillin V) 500 mg four times daily for 10 days, and paracetamol 1 "
                 "g four times daily as needed.");
    FLAG_PAIR(src, "Plan: amoxicillin 500 mg four times daily for 10 days, and paracetamol 1 g four times daily as nee"
                   "ded.", "medication");
}

/* guard-32 (session 13): round 30's causes (blind102-104), read after their first contact */
static void guard32_rules(void) {
    /* SUX is succinylcholine; a blood group's O-VE is no negation of the blood after it; an
       antivenom after its brand; amino acids are no drug; an ordinal after a dash takes no range's
       unit; "GRUNTING NIL," is said of the grunting only; the limb after a side in NWB; the place
       of an absent sign; a verbal "not" said of a subject of two things */
    const char *src = "RSI - KETAMINE 100MG, SUX 100MG. 2 UNITS O-VE PRBC. EchiTAb-Plus-ICP 3 vials IV. PN: AA 3.5G/KG/"
                      "D. T MAX 37.6 - FIRST DAY AFEBRILE. GRUNTING NIL, MOD RECESSION. NWB RLE X 6 WKS. cap refill ind"
                      "ex finger absent. NO BACK BLOWS / FINGER SWEEP.";
    OK_PAIR(src, "Rapid sequence induction with ketamine 100 mg and succinylcholine 100 mg. 2 units of O-negative "
                 "packed red blood cells. EchiTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: "
                 "amino acids 3.5 g/kg/day. Maximum temperature 37.6 °C, the first day afebrile. No grunting, and "
                 "moderate recession. Non-weight bearing on the right lower extremity for 6 weeks. Capillary refil"
                 "l is absent in the index finger. Back blows and finger sweeps are not to be done.");
    FLAG_PAIR(src, "Rapid sequence induction with ketamine 100 mg and succinylcholine 100 mg. 2 units of O-negative "
                   "packed red blood cells. EchiTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: "
                   "amino acids 3.5 g/kg/day. Maximum temperature 37.6 °C, the first day afebrile. Grunting, and mod"
                   "erate recession. Non-weight bearing on the right lower extremity for 6 weeks. Capillary refill i"
                   "s absent in the index finger. Back blows and finger sweeps are not to be done.", "negation");
    FLAG_PAIR(src, "Rapid sequence induction with ketamine 100 mg and succinylcholine 100 mg. 2 units of O-negative "
                   "packed red blood cells. EchiTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: "
                   "amino acids 3.5 g/kg/day. Maximum temperature 37.6 °C, the first day afebrile. No grunting, and "
                   "moderate recession. Non-weight bearing on the right lower extremity for 6 weeks. Capillary refil"
                   "l is absent in the index finger. Back blows and finger sweeps are to be done.", "negation");
    FLAG_PAIR(src, "Rapid sequence induction with ketamine 100 mg and succinylcholine 100 mg. 2 units of O-negative "
                   "packed red blood cells. EchiTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: "
                   "amino acids 3.5 g/kg/day. Maximum temperature 37.6 °C, the first day afebrile. No grunting, and "
                   "moderate recession. Non-weight bearing on the right lower extremity for 6 weeks. Capillary refil"
                   "l is present in the index finger. Back blows and finger sweeps are not to be done.", "negation");
    FLAG_PAIR(src, "Rapid sequence induction with ketamine 100 mg and succinylcholine 100 mg. 2 units of O-positive "
                   "packed red blood cells. EchiTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: "
                   "amino acids 3.5 g/kg/day. Maximum temperature 37.6 °C, the first day afebrile. No grunting, and "
                   "moderate recession. Non-weight bearing on the right lower extremity for 6 weeks. Capillary refil"
                   "l is absent in the index finger. Back blows and finger sweeps are not to be done.", "negation");
    FLAG_PAIR(src, "Rapid sequence induction with ketamine 100 mg. 2 units of O-negative packed red blood cells. Ech"
                   "iTAb-Plus-ICP antivenom 3 vials intravenously. Parenteral nutrition: amino acids 3.5 g/kg/day. M"
                   "aximum temperature 37.6 °C, the first day afebrile. No grunting, and moderate recession. Non-wei"
                   "ght bearing on the right lower extremity for 6 weeks. Capillary refill is absent in the index fi"
                   "nger. Back blows and finger sweeps are not to be done.", "medication");
    /* ROA is the right occipito-anterior position */
    FLAG_PAIR("P/V: FULLY DILATED, VERTEX AT +3, ROA", "Per vaginal examination: fully dilated, with the vertex at +3 "
              "station in the left occipito-anterior position.", "laterality");
    OK_PAIR("P/V: FULLY DILATED, VERTEX AT +3, ROA", "Per vaginal examination: fully dilated, with the vertex at +3 "
            "station in the right occipito-anterior position.");
    /* a comma before another participle after "not used" starts a statement of its own */
    OK_PAIR("FOLEY NOT USED, VOIDED SPONTANEOUSLY.", "A Foley catheter was not used, and he voided spontaneously.");
    FLAG_PAIR("FOLEY NOT USED, VOIDED SPONTANEOUSLY.", "A Foley catheter was used, and he voided spontaneously.", "negation");
    /* the schedule a drug had before is not its frequency now */
    OK_PAIR("FLOMAX CHANGED TO 0.4MG QHS (WAS QAM).",
            "Tamsulosin (Flomax) was changed to 0.4 mg at bedtime (previously taken in the morning).");
    FLAG_PAIR("FLOMAX CHANGED TO 0.4MG QHS (WAS QAM).",
              "Tamsulosin (Flomax) was changed to 0.4 mg twice daily (previously in the morning).", "frequency");
}

/* guard-17 (continued): round 17's sets (blind64-66), read after their first contact */
static void guard17_round17(void) {
    /* an arrow glued to a drug says "increase" */
    OK_PAIR("PLAN: ↑OZEMPIC 1MG WEEKLY.", "Plan: increase Ozempic (semaglutide) to 1 mg weekly.");
    FLAG_PAIR("PLAN: ↑OZEMPIC 1MG WEEKLY.", "Plan: increase to 1 mg weekly.", "medication");
    /* a hormone measured, a susceptibility, an insulin pump: no drug given */
    OK_PAIR("Stim day 8. E2 1420, LH 1.2, P4 0.6.", "Stimulation day 8. Today's estradiol is 1420 pg/mL, LH 1.2, and progesterone 0.6.");
    FLAG_PAIR("Stim day 8. Gonal-f 150 IU SC.", "Stimulation day 8. Gonal-f 150 international units subcutaneously and "
              "progesterone 200 mg vaginally.", "medication");
    OK_PAIR("KNEE ASPIRATE: GAS, PEN S.", "Knee aspirate grew Streptococcus pyogenes (group A streptococcus), sensitive to penicillin.");
    OK_PAIR("Switch to CGM + pump.", "Switch to a continuous glucose monitor and insulin pump.");
    /* words after a form that are no drug: T-score, T max, an RN visit, injection number, beforehand */
    OK_PAIR("DEXA: T-SCORE -2.7 RADIUS.", "DEXA shows a T-score of -2.7 at the radius.");
    OK_PAIR("T MAX 37.8, RR 18.", "Maximum temperature 37.8 and respiratory rate 18.");
    OK_PAIR("HOME INFUSION RN VISIT 07/19/2024", "Home infusion nursing visit, 07/19/2024.");
    OK_PAIR("INJ CABOTEGRAVIR 600MG IM. INJ #4 TODAY.", "Cabotegravir 600 mg IM injection. Injection number 4 was given today.");
    OK_PAIR("SALBUTAMOL NEB 2.5MG PRIOR.", "Salbutamol 2.5 mg nebulised beforehand.");
    /* VZIG, DTG */
    OK_PAIR("VZIG NOT INDICATED.", "Varicella-zoster immunoglobulin is not indicated.");
    OK_PAIR("DTG DOSE INCREASED: ADD TAB DTG 50 MG BD.",
            "The dolutegravir dose has been increased: add dolutegravir 50 mg tablet twice daily.");
    FLAG_PAIR("DTG DOSE INCREASED: ADD TAB DTG 50 MG BD.", "The dose has been increased: add 50 mg tablet twice daily.",
              "medication");
    /* "since" ends a negation's reach; a denial after a colon; TND; coagulase-negative */
    OK_PAIR("UPSI nil since LMP.", "There has been no unprotected sexual intercourse since her last menstrual period.");
    FLAG_PAIR("UPSI since LMP.", "There has been no unprotected sexual intercourse since her last menstrual period.",
              "negation");
    OK_PAIR("SULFA ALLERGY: DENIES.", "He denies a sulfa allergy.");
    FLAG_PAIR("SULFA ALLERGY: DENIES.", "He reports a sulfa allergy.", "negation");
    OK_PAIR("VL: TND (MAR 2024). CD4 624", "Viral load was target not detected in March 2024. CD4 count is 624.");
    FLAG_PAIR("VL: TND (MAR 2024). CD4 624", "Viral load was detected in March 2024. CD4 count is 624.", "negation");
    OK_PAIR("BC: CONS IN BOTH BOTTLES", "Blood cultures grew coagulase-negative staphylococci in both bottles.");
    /* a drug's clause ends at ", ENEMA STAT" (a name and a short frequency) */
    OK_PAIR("SYP LACTULOSE 30ML TDS (TITRATE TO 2-3 STOOLS/DAY), ENEMA STAT",
            "Syrup lactulose 30 mL three times daily, titrated to 2-3 stools per day, and an enema immediately.");
    FLAG_PAIR("SYP LACTULOSE 30ML TDS, ENEMA STAT", "Syrup lactulose 30 mL once daily, and an enema immediately.", "frequency");
    /* the total daily dose is no dosing frequency */
    OK_PAIR("Basal ~ 22 u/day total, TDD 48 u. Lantus 22 u at night.",
            "Basal insulin is approximately 22 units a day in total, and the total daily dose is 48 units. Lantus 22 units "
            "at night.");
    /* a parenthesis restating an amount, or a code's number spelled out */
    OK_PAIR("SGOT 142, PLT 1.1 LAKH, S.CR 1.0", "SGOT (AST) 142, platelets 1.1 lakh (110,000) and serum creatinine 1.0.");
    FLAG_PAIR("SGOT 142, PLT 1.1 LAKH, S.CR 1.0", "SGOT (AST) 142, platelets 1.1 lakh (120,000) and serum creatinine 1.0.",
              "numbers");
    OK_PAIR("GIVEN TODAY: PCV20 0.5ML IM L DELTOID",
            "Given today: PCV20 (20-valent pneumococcal conjugate vaccine) 0.5 mL intramuscularly into the left deltoid.");
    FLAG_PAIR("GIVEN TODAY: PCV20 0.5ML IM L DELTOID",
              "Given today: PCV20 (13-valent pneumococcal conjugate vaccine) 0.5 mL intramuscularly into the left deltoid.",
              "numbers");
    /* 3TC is lamivudine, its 3 part of the name */
    OK_PAIR("On Triumeq 1 tab OD (ABC/3TC/DTG).", "On Triumeq (abacavir, lamivudine and dolutegravir) one tablet once daily.");
    FLAG_PAIR("On 3TC 150 MG BD.", "On 150 mg twice daily.", "medication");
    /* AT 12/12 and 14/7 FROM are durations */
    OK_PAIR("CONSIDER MTX WITHDRAWAL AT 12/12. DEXA DUE.", "Consider withdrawing methotrexate at 12 months. A DEXA scan is due.");
    OK_PAIR("FLUCONAZOLE 400MG OD, 14/7 FROM 1ST NEG BC.",
            "Fluconazole 400 mg once daily, for 14 days from the first negative blood culture.");
    FLAG_PAIR("FLUCONAZOLE 400MG OD, 14/7 FROM 1ST NEG BC.",
              "Fluconazole 400 mg once daily, for 7 days from the first negative blood culture.", "numbers");
}

/* guard-17: blind61 and blind63, read after their first contact */
static void guard17_rules(void) {
    /* PRED alone is the clipped prednisolone (prednisone in US notes), not a predicted value */
    OK_PAIR("PLAN: PRED 30MG OD X 5/7. SALBUTAMOL INH PRN", "Plan: prednisolone 30 mg once daily for 5 days. Salbutamol inhaler as needed.");
    OK_PAIR("PLAN: PRED 30MG OD X 5/7. SALBUTAMOL INH PRN", "Plan: prednisone 30 mg once daily for 5 days. Salbutamol inhaler as needed.");
    FLAG_PAIR("PLAN: PRED 30MG OD X 5/7. SALBUTAMOL INH PRN", "Plan: 30 mg once daily for 5 days. Salbutamol inhaler as needed.",
              "medication");
    OK_PAIR("PMH: RENAL TX 2019 ON MMF/PRED. ADM WITH FEVER",
            "Past history: renal transplant in 2019, on mycophenolate and prednisone. Admitted with fever.");
    FLAG_PAIR("PMH: RENAL TX 2019 ON MMF/PRED. ADM WITH FEVER",
              "Past history: renal transplant in 2019, on mycophenolate. Admitted with fever.", "medication");
    FLAG_PAIR("2 COURSES OF PRED IN LAST 12/12.", "Two courses of antibiotics in the last 12 months.", "medication");
    OK_PAIR("SPIROMETRY: FEV1 2.1L (71% PRED), FEV1/FVC 0.68", "Spirometry: FEV1 2.1 L (71% of predicted), FEV1/FVC ratio 0.68.");
    OK_PAIR("PEFR 220 L/MIN (PRED 420). SPO2 95% RA", "Peak expiratory flow rate 220 L/min (predicted 420). SpO2 95% on room air.");
    /* TAC is tacrolimus */
    OK_PAIR("Renal tx pt (on tac + MMF) - 2 lesions.", "Renal transplant patient on tacrolimus and mycophenolate mofetil, with 2 lesions.");
    FLAG_PAIR("Renal tx pt (on tac + MMF) - 2 lesions.", "Renal transplant patient on mycophenolate mofetil, with 2 lesions.",
              "medication");
    /* a question answered NO negates an abbreviation the output spells out in another sentence */
    OK_PAIR("DKA? NO - HYPERGLYCAEMIA IN ED. 19F T1DM.",
            "Hyperglycemia in the emergency department; diabetic ketoacidosis is not present. A 19-year-old woman with "
            "type 1 diabetes.");
    FLAG_PAIR("DKA? YES - HYPERGLYCAEMIA IN ED. 19F T1DM.",
              "Hyperglycemia in the emergency department; diabetic ketoacidosis is not present. A 19-year-old woman with "
              "type 1 diabetes.", "negation");
    /* the source's abbreviation in parentheses after the output's word shares its scope */
    OK_PAIR("AVOID NSAID IF STOMACH PAIN.", "Avoid the anti-inflammatory (NSAID) if stomach pain develops.");
    FLAG_PAIR("NO NSAID.", "Anti-inflammatory (NSAID).", "negation");
    /* a spelled-out abbreviation at an affirmed first mention, its head noun negated later */
    OK_PAIR("RENAL COLIC? vs AAA. USS AORTA 2.4CM - AAA RULED OUT.",
            "Renal colic versus abdominal aortic aneurysm. Ultrasound showed an aorta of 2.4 cm, ruling out an aneurysm.");
    FLAG_PAIR("USS AORTA 2.4CM - AAA RULED OUT.", "Ultrasound showed an aorta of 2.4 cm with an abdominal aortic aneurysm.",
              "negation");
    /* both UL: both upper limbs; "on each side" for bilaterally */
    OK_PAIR("SSPT burns face neck chest both UL ~ 30% TBSA",
            "She has superficial partial-thickness burns to the face, neck, chest and both upper limbs, approximately 30% "
            "of total body surface area.");
    FLAG_PAIR("burns to both UL", "Burns to the left upper limb.", "laterality");
    OK_PAIR("CT angio: single renal artery bilaterally.", "CT angiogram: a single renal artery on each side.");
    FLAG_PAIR("CT angio: single renal artery bilaterally, L kidney preferred.",
              "CT angiogram: a single renal artery on each side; the right kidney is preferred.", "laterality");
    /* a name with a number in it said again; a dialysate's potassium; a GFR's 1.73 m2 */
    OK_PAIR("20 MIN WBCT - CLOTTED. REPEAT WBCT Q6H.",
            "The 20-minute whole blood clotting test showed that the blood clotted. Repeat the 20-minute whole blood "
            "clotting test every 6 hours.");
    FLAG_PAIR("20 MIN WBCT - CLOTTED. REPEAT WBCT Q6H.",
              "The 20-minute whole blood clotting test showed that the blood clotted. Repeat the 30-minute whole blood "
              "clotting test every 6 hours.", "numbers");
    OK_PAIR("Qb 400, 2K/2.5Ca bath.", "Blood flow 400, with a 2 K / 2.5 Ca bath.");
    FLAG_PAIR("Qb 400, 2K/2.5Ca bath.", "Blood flow 400, with a 3 potassium / 2.5 calcium bath.", "numbers");
    OK_PAIR("mGFR 98 mL/min/1.73m2.", "Measured GFR 98 mL/min/1.73 m².");
    FLAG_PAIR("mGFR 98 mL/min/1.73m2.", "Measured GFR 89 mL/min/1.73 m².", "numbers");
    /* a route adjective before a dose is no drug renamed ("Intraperitoneal 1 g" for IP CEFTAZIDIME 1G) */
    OK_PAIR("IP CEFTAZIDIME 1G OD IN LONG DWELL", "Intraperitoneal ceftazidime 1 g once daily in the long dwell.");
    FLAG_PAIR("IP CEFTAZIDIME 1G OD IN LONG DWELL", "Intraperitoneal 1 g once daily in the long dwell.", "medication");
    /* FA before its strength is folic acid; elsewhere (an eye note's angiogram) no drug */
    OK_PAIR("Continue MTX 20 mg PO weekly + FA 1 mg QD.",
            "Continue methotrexate 20 mg by mouth weekly and folic acid 1 mg daily.");
    FLAG_PAIR("Continue MTX 20 mg PO weekly + FA 1 mg QD.", "Continue methotrexate 20 mg by mouth weekly and 1 mg daily.",
              "medication");
    OK_PAIR("FA: LEAKAGE AT FOVEA", "Fluorescein angiography shows leakage at the fovea.");
    /* a short word the normaliser read as one drug names a dose ("MG 2G IV": magnesium) */
    OK_PAIR("Admitted once to HDU (Mg 2g IV).", "She was admitted once to the high dependency unit and received magnesium 2 g "
            "intravenously.");
    FLAG_PAIR("Admitted once to HDU (Mg 2g IV).", "She was admitted once to the high dependency unit and received 2 g "
              "intravenously.", "medication");
    /* each of the source's NOs takes one negation of the output, or a list one negation runs over */
    OK_PAIR("C/O PAIN RT FOOT. NO BLEEDING GUMS, NO PTOSIS, NO DYSPHAGIA",
            "She complained of pain in the right foot. There was no bleeding from the gums or ptosis, and no difficulty "
            "in swallowing.");
    OK_PAIR("C/O PAIN RT FOOT. NO BLEEDING GUMS, NO PTOSIS, NO DYSPHAGIA",
            "She complained of pain in the right foot. There was no bleeding from the gums, no ptosis and no difficulty "
            "in swallowing.");
    FLAG_PAIR("C/O PAIN RT FOOT. NO BLEEDING GUMS, NO PTOSIS, NO DYSPHAGIA",
              "She complained of pain in the right foot. There was no bleeding from the gums, no ptosis, and difficulty "
              "in swallowing.", "negation");
}

/* guard-15: general causes found after round 14 and in round 15 */
static void guard15_rules(void) {
    /* a drug the lexicon spells with a hyphen, written as two words joined by it, is one name */
    OK_PAIR("RX: TAB TRANEXAMIC ACID 500MG TDS.\nCOUNSELLED RE: MYOMECTOMY VS LNG-IUS",
            "Tranexamic acid 500 mg three times a day. She was counselled regarding myomectomy versus a "
            "levonorgestrel-releasing intrauterine system.");
    OK_PAIR("Contraception: desires LNG-IUD, to be placed next visit.",
            "Contraception: she would like a levonorgestrel intrauterine device, to be placed at the next visit.");
    FLAG_PAIR("Contraception: desires Cu-IUD, to be placed next visit.",
              "Contraception: she would like a levonorgestrel intrauterine device, to be placed at the next visit.",
              "medication");
    OK_PAIR("RH NEG, ICT NEG. ANTI-D 1500 IU IM PLANNED @ 28 WKS",
            "She is rhesus negative with a negative indirect Coombs test. Anti-D immunoglobulin 1500 international units "
            "intramuscularly is planned at 28 weeks.");
    FLAG_PAIR("RH NEG, ICT NEG. ANTI-D 1500 IU IM PLANNED @ 28 WKS",
              "She is rhesus negative with a negative indirect Coombs test. 1500 international units intramuscularly is "
              "planned at 28 weeks.", "medication");
    OK_PAIR("CBG 180-240 ON BASAL-BOLUS.", "Capillary blood glucose is 180 to 240 on a basal-bolus insulin regimen.");
    /* DEX alone is dexamethasone, except after a percent (dextrose) and in a sedation note */
    OK_PAIR("MYELOMA - VRD C5D1. LENALIDOMIDE 25MG PO D1-21. DEX 20MG.",
            "Myeloma: VRd cycle 5 day 1. Lenalidomide 25 mg by mouth on days 1 to 21; dexamethasone 20 mg.");
    FLAG_PAIR("MYELOMA - VRD C5D1. LENALIDOMIDE 25MG PO D1-21. DEX 20MG.",
              "Myeloma: VRd cycle 5 day 1. Lenalidomide 25 mg by mouth on days 1 to 21; dexmedetomidine 20 mg.",
              "medication");
    FLAG_PAIR("RASS -2. DEX 0.7 MCG/KG/HR.", "RASS -2. Dexamethasone 0.7 mcg/kg/hour.", "medication");
    OK_PAIR("IVF 0.9% NACL + 5% DEX @ 66ML/HR", "IV fluids: 0.9% sodium chloride with 5% dextrose at 66 mL/hour.");
    OK_PAIR("1MG ONDST: AM CORTISOL 1.2 MCG/DL (SUPPRESSED)",
            "On the 1 mg overnight dexamethasone suppression test, the morning cortisol was 1.2 mcg/dL (suppressed).");
    /* saline is sodium chloride */
    OK_PAIR("0.9% SALINE 4L/24H. PAMIDRONATE 60MG IV OVER 2H.",
            "Sodium chloride 0.9%, 4 litres over 24 hours. Pamidronate 60 mg intravenously over 2 hours.");
    FLAG_PAIR("0.9% SALINE 4L/24H. PAMIDRONATE 60MG IV OVER 2H.",
              "0.9%, 4 litres over 24 hours. Pamidronate 60 mg intravenously over 2 hours.", "medication");
    /* a drug named after "and" is the next item's, not the name of the dose before it */
    OK_PAIR("CONT OXYCONTIN 20MG BD, OXYNORM 5MG PRN.",
            "Continue OxyContin (modified-release oxycodone) 20 mg twice daily and OxyNorm (immediate-release oxycodone) 5 mg "
            "as needed.");
    FLAG_PAIR("CONT OXYCONTIN 20MG BD, OXYNORM 5MG PRN.",
              "Continue 20 mg twice daily and OxyNorm (immediate-release oxycodone) 5 mg as needed.", "medication");
    /* a side the output says as often as the source's unread lone letters write it */
    OK_PAIR("Pt on HD TTS via R IJ tunneled cath.",
            "The patient is on haemodialysis on Tuesdays, Thursdays and Saturdays via a right internal jugular tunnelled "
            "catheter.");
    FLAG_PAIR("Pt on HD TTS via R IJ tunneled cath.",
              "The patient is on haemodialysis on Tuesdays, Thursdays and Saturdays via a left internal jugular tunnelled "
              "catheter.", "laterality");
    OK_PAIR("Syncope in church. Struck R forehead.\nR forehead lac 2 cm, repaired.",
            "She had syncope in church and struck her right forehead. There is a 2 cm laceration of the right forehead, "
            "which was repaired.");
    FLAG_PAIR("Syncope in church. Struck R forehead.\nR forehead lac 2 cm, repaired.",
              "She had syncope in church and struck her right forehead. There is a 2 cm laceration of the right forehead and "
              "a right eyebrow, which was repaired.", "laterality");
    /* round 15: a right arrow is "->": the number after it is its own, the clause before it ends */
    OK_PAIR("PLT 38,000 ON ADM. HCT 44%→39%.", "Platelets were 38,000 on admission. The haematocrit fell from 44% to 39%.");
    FLAG_PAIR("PLT 38,000 ON ADM. HCT 44%→39%.", "Platelets were 38,000 on admission. The haematocrit fell from 44% to 36%.",
              "numbers");
    OK_PAIR("If not covered → vanc 125 mg PO QID x 10 d.",
            "If it is not covered, use vancomycin 125 mg by mouth four times daily for 10 days.");
    /* "x 1 DOSE" said as "a single dose" (but a dropped 1 is still missing) */
    OK_PAIR("FERINJECT 1000MG IN 100ML NS OVER 30 MIN x 1 DOSE ON 04/03.",
            "A single dose of Ferinject 1000 mg in 100 mL normal saline over 30 minutes on 04/03.");
    FLAG_PAIR("hold warfarin x 1 dose, then warfarin 5 mg OD", "Hold warfarin for dose, then warfarin 5 mg once daily.", "numbers");
    /* N/12 after a word that dates it is a date, not months */
    OK_PAIR("Plan 6 wks IV from 1st neg cx (drawn 8/12).",
            "Plan 6 weeks of IV therapy from the first negative culture (drawn on August 12).");
    /* INH before a dose in mg is isoniazid */
    OK_PAIR("Plan: rifapentine 900 mg + INH 900 mg PO once weekly x 12 doses (3HP)",
            "Plan: rifapentine 900 mg plus isoniazid 900 mg by mouth once weekly for 12 doses (3HP).");
    FLAG_PAIR("Plan: rifapentine 900 mg + INH 900 mg PO once weekly x 12 doses (3HP)",
              "Plan: rifapentine 900 mg plus 900 mg by mouth once weekly for 12 doses (3HP).", "medication");
    OK_PAIR("SALBUTAMOL INH 2 PUFFS QID", "Salbutamol inhaler 2 puffs four times daily.");
    /* a schedule of equal doses with the unit written on: 8U-8U-8U said once */
    OK_PAIR("INJ H.INSULIN 8U-8U-8U SC BEFORE MEALS",
            "Injection human insulin 8 units subcutaneously before breakfast, lunch and dinner.");
    FLAG_PAIR("INJ H.INSULIN 8U-8U-6U SC BEFORE MEALS",
              "Injection human insulin 8 units subcutaneously before breakfast, lunch and dinner.", "numbers");
    /* a negation inside a condition ends at the comma that closes it */
    OK_PAIR("REPEAT AXR AT 24H. IF NO PROGRESSION - DISCUSS LAPAROTOMY WITH CONSULTANT.",
            "Repeat abdominal X-ray at 24 hours. If there is no progression, discuss laparotomy with the consultant.");
    FLAG_PAIR("REPEAT AXR AT 24H. IF NO PROGRESSION - DISCUSS LAPAROTOMY WITH CONSULTANT.",
              "Repeat abdominal X-ray at 24 hours. If there is progression, discuss laparotomy with the consultant.",
              "negation");
    /* a trigger starting an item of a slashed list negates its own item */
    OK_PAIR("RETURN IF BLOOD IN STOOL / NOT DRINKING / LETHARGY",
            "Return if there is blood in the stool, if she is not drinking, or if she becomes lethargic.");
    /* "trial without catheter" negates the catheter only */
    OK_PAIR("TWOC TODAY - FAILED, RESIDUAL 650ML ON BLADDER SCAN",
            "A trial without catheter was performed today and failed, with a residual volume of 650 mL on bladder scan.");
    FLAG_PAIR("PLAN: TWOC D3 IF CLEAR", "Plan: trial with catheter on day 3 if the urine is clear.", "negation");
    /* an abbreviation's letters inside a compound word (IVH: intraventricular haemorrhage) */
    FLAG_PAIR("CT HEAD: L PARIETAL ICH ~18ML, NO IVH, NO MIDLINE SHIFT",
              "CT head shows a left parietal intracerebral hemorrhage of approximately 18 mL, with intraventricular "
              "hemorrhage and no midline shift.", "negation");
    OK_PAIR("SOB + polyuria. ?DKA ruled out: BGL 9.8.",
            "Shortness of breath and polyuria. Diabetic ketoacidosis was considered and ruled out: blood glucose 9.8.");
    OK_PAIR("Hx migraine w/o aura, similar to prior.",
            "She has a history of migraine without aura, and this headache is similar to prior episodes.");
    /* sides: a both-bone forearm fracture; a pupil's bare size by side */
    OK_PAIR("ORIF RT BOTH BONE FOREARM #", "Open reduction and internal fixation of a right both-bone forearm fracture.");
    OK_PAIR("PUPILS L 3 R 3 BRISK.", "Pupils are 3 mm on the left and 3 mm on the right, reacting briskly.");
    /* 12 midnight is midnight; Q24 is every 24 hours; B2B is back to back; ms after a number is
       milliseconds; "according" after an infusion is no drug */
    OK_PAIR("NBM FROM MIDNIGHT. FENTANYL 25 MCG IV PRN", "Nil by mouth from 12 midnight. Fentanyl 25 mcg IV as needed.");
    FLAG_PAIR("NBM FROM 12 MIDNIGHT. ERCP.", "ERCP.", "numbers");
    OK_PAIR("CEFTRIAXONE 1 G IV Q24 (SBP PPX).", "Ceftriaxone 1 g IV every 24 hours for SBP prophylaxis.");
    FLAG_PAIR("CEFTRIAXONE 1 G IV Q12 (SBP PPX).", "Ceftriaxone 1 g IV every 24 hours for SBP prophylaxis.", "frequency");
    OK_PAIR("INJ ZOLEDRONIC ACID 4MG IV Q12 WEEKLY", "Zoledronic acid 4 mg IV every 12 weeks.");
    OK_PAIR("SALBUTAMOL 5MG NEB B2B X3, IPRATROPIUM 0.5MG NEB",
            "Salbutamol 5 mg nebulised back-to-back three times, and ipratropium 0.5 mg nebulised.");
    OK_PAIR("ECG: SB 42, 1ST DEG AVB (PR 260), RBBB.",
            "ECG shows sinus bradycardia at 42, first-degree AV block (PR 260 ms) and right bundle branch block.");
    FLAG_PAIR("MORPHINE SULFATE 5MG IV", "Morphine sulfate (MS) 5 mg IV.", "do_not_use");
    OK_PAIR("Plan: Start VRIII per trust protocol. Continue Levemir.",
            "Plan: start a variable-rate intravenous insulin infusion according to the trust protocol. Continue Levemir.");
    /* (a brand whose first word is a drug stays two words: "Meftal-Spas" is still Meftal) */
    OK_PAIR("TAB MEFTAL SPAS 1 SOS FOR PAIN", "Meftal-Spas (mefenamic acid with dicyclomine), one tablet as needed for pain.");
}

static void guard14_rules(void) {
    /* names said by their generic: oxytocin, betamethasone, a salicylate level, the dexamethasone
     * suppression tests, an insulin pump */
    OK_PAIR("SYNTO 12 mL/hr. CONTRACTIONS 4:10", "Syntocinon (oxytocin) is running at 12 mL/hr. Contractions are 4 in 10 minutes.");
    FLAG_PAIR("SYNTO 12 mL/hr. CONTRACTIONS 4:10", "Contractions are 4 in 10 minutes at 12 mL/hr.", "medication");
    FLAG_PAIR("LDDST - CORTISOL NOT SUPPRESSED (412).", "On the low-dose test, cortisol was not suppressed (412).", "medication");
    OK_PAIR("BMZ 12 mg IM q24h x2 not given - not indicated now",
            "Betamethasone 12 mg intramuscularly every 24 hours for 2 doses was not given, as it is not indicated at present.");
    OK_PAIR("4-hr APAP level 212 mcg/mL. ASA level undetectable.",
            "The 4-hour acetaminophen level was 212 mcg/mL. Salicylate level undetectable.");
    OK_PAIR("LDDST - CORTISOL NOT SUPPRESSED (412).",
            "On the low-dose dexamethasone suppression test, cortisol was not suppressed (412).");
    /* an in-word count with its times sign said with the sign ("A&Ox3" -> "oriented ×3") */
    OK_PAIR("baseline A&Ox3. Febrile.", "His baseline is alert and oriented ×3. He is febrile.");
    OK_PAIR("baseline A&Ox3. Febrile.", "His baseline is alert and oriented x3. He is febrile.");
    FLAG_PAIR("baseline A&Ox3. Febrile.", "His baseline is alert and oriented ×2. He is febrile.", "numbers");
    /* the US obstetric formula: a para of four digits (term, preterm, abortions, living) */
    OK_PAIR("38yo G5P2133 @ 30w2d, chronic HTN.",
            "A 38-year-old woman, gravida 5 para 2133, at 30 weeks and 2 days, with chronic hypertension.");
    FLAG_PAIR("38yo G5P2133 @ 30w2d, chronic HTN.",
              "A 38-year-old woman, gravida 5 para 2123, at 30 weeks and 2 days, with chronic hypertension.", "numbers");
    OK_PAIR("32yo G4P3003, 6 wk postpartum.", "A 32-year-old woman, gravida 4 para 3003, is 6 weeks postpartum.");
    OK_PAIR("32F G4P3003 s/p NSVD 6 wks ago, PP visit",
            "A 32-year-old woman, gravida 4 para 3003, is 6 weeks after a normal spontaneous vaginal delivery.");
    FLAG_PAIR("32F G4P3003 s/p NSVD 6 wks ago, PP visit",
              "A 32-year-old woman, gravida 4 para 3, is 6 weeks after a normal spontaneous vaginal delivery.", "numbers");
    /* a/b/c after APGAR or before a unit is a list, not a date */
    OK_PAIR("BW 3.25 kg, Apgars 8/9/10. Cried immediately.",
            "Birth weight was 3.25 kg, and Apgar scores were 8, 9 and 10. The baby cried immediately.");
    FLAG_PAIR("BW 3.25 kg, Apgars 8/9/10. Cried immediately.",
              "Birth weight was 3.25 kg, and Apgar scores were 8, 9 and 9. The baby cried immediately.", "numbers");
    OK_PAIR("NOVORAPID 8/8/10 UNITS WITH MEALS.", "NovoRapid (insulin aspart) 8, 8 and 10 units with meals.");
    FLAG_PAIR("NOVORAPID 8/8/10 UNITS WITH MEALS.", "NovoRapid (insulin aspart) 8, 8 and 12 units with meals.", "numbers");
    OK_PAIR("LAST SEEN 8/9/10 IN CLINIC.", "She was last seen in clinic on 8 September 2010.");
    /* 2o for 2°: secondary */
    OK_PAIR("Na 121. Dx SIADH ?2o to sertraline - STOPPED.",
            "Sodium 121. Diagnosis: SIADH, possibly secondary to sertraline, which has been stopped.");
    /* (and no 2 of its own that an added number could take) */
    FLAG_PAIR("Na 121. Dx SIADH ?2o to sertraline - STOPPED.",
              "Sodium 121. Diagnosis: SIADH for 2 weeks, possibly secondary to sertraline, which has been stopped.",
              "numbers");
    /* a dash closing a title line is the title's, not a negative */
    OK_PAIR("Neutropenic sepsis -\n47F on chemo (FEC-T cycle 3). T 38.6 at home, rigors.",
            "Neutropenic sepsis.\nA 47-year-old woman on chemotherapy (FEC-T cycle 3) had a temperature of 38.6 at home, "
            "with rigors.");
    /* (but a finding's minus on a first line of signs still negates it) */
    FLAG_PAIR("PALLOR +, ICTERUS -\nCVS: S1S2 HEARD.", "Pallor and icterus are present.\nCVS: S1 and S2 heard.", "negation");
    /* "are absent" is said of what comes before it, not of the next clause */
    OK_PAIR("MEMBRANES ABSENT, CLEAR LIQUOR", "Membranes are absent and the liquor is clear.");
    FLAG_PAIR("MEMBRANES ABSENT, CLEAR LIQUOR", "Membranes are present and the liquor is clear.", "negation");
    FLAG_PAIR("PULSES PRESENT, NO EDEMA", "The pulses are absent and there is no oedema.", "negation");
    /* a gestation written N+M after a word of pregnancy is weeks and days */
    OK_PAIR("PRIMI 40+3 IOL FOR PROM 18 HRS.",
            "Primigravida at 40 weeks and 3 days undergoing induction of labour for prelabour rupture of membranes of 18 hours.");
    FLAG_PAIR("PRIMI 40+3 IOL FOR PROM 18 HRS.",
              "Primigravida at 40 months and 3 days undergoing induction of labour for prelabour rupture of membranes of 18 hours.",
              "numbers");
    OK_PAIR("G2P1 38+2, SROM 0300.", "Gravida 2 para 1 at 38 weeks and 2 days, with spontaneous rupture of membranes at 03:00.");
    /* a code's digits written after a hyphen are the code's (OPV0 -> OPV-0) */
    OK_PAIR("Vit K 1 mg IM given. BCG/OPV0/HepB0 given.",
            "Vitamin K 1 mg was given intramuscularly. BCG, OPV-0 and hepatitis B birth-dose vaccines were given.");
    FLAG_PAIR("Vit K 1 mg IM given. BCG/OPV0/HepB0 given.",
              "Vitamin K 1 mg was given intramuscularly. BCG, OPV-2 and hepatitis B birth-dose vaccines were given.", "numbers");
    OK_PAIR("TYPE 1 DM ON OMNIPOD PUMP. BASAL 0.8U/HR.",
            "Type 1 diabetes mellitus managed with an Omnipod insulin pump. The basal rate is 0.8 units/hour.");
}

static void guard13_rules(void) {
    /* a count per week or in 24 hours, written X2/WK, 3/WK or 2X/24H, said in words */
    OK_PAIR("ATTENDS AA X2/WK.", "He attends Alcoholics Anonymous twice a week.");
    FLAG_PAIR("ATTENDS AA X2/WK.", "He attends Alcoholics Anonymous three times a week.", "numbers");
    OK_PAIR("CKD 5D ON MHD 3/WK VIA LT AVF.", "CKD stage 5D on maintenance haemodialysis three times a week via a left AV fistula.");
    OK_PAIR("89F, LIVES ALONE, POC X2/DAY.", "An 89-year-old woman lives alone with a package of care twice a day.");
    OK_PAIR("ORAMORPH 10MG/5ML 5ML PRN, USED 2X/24H.", "Oramorph 10 mg/5 mL, 5 mL as needed, used twice in 24 hours.");
    /* but "MAX 3/DAY" is a limit of tablets, not a frequency a "three times daily" elsewhere says */
    OK_PAIR("TAB DOLO 650 SOS (MAX 3/DAY). BETADINE GARGLES TDS.",
            "Tablet Dolo 650 mg as needed, up to 3 tablets per day. Betadine gargles three times daily.");
    FLAG_PAIR("LOOSE STOOLS 10/DAY -> 2/DAY. CEFTRIAXONE 1G IV BD.",
              "Loose stools fell from 10 per day to per day. Ceftriaxone 1 g IV twice daily.", "numbers");
    /* the item numbers of a list run on in one line label items, they are no facts */
    OK_PAIR("DIAGNOSIS: 1) ACUTE DECOMPENSATED HEART FAILURE (HFREF, EF 30%) 2) CKD STAGE 3B 3) T2DM",
            "Diagnoses: acute decompensated heart failure with reduced ejection fraction (EF 30%), chronic kidney "
            "disease stage 3B, and type 2 diabetes mellitus.");
    OK_PAIR("DISCHARGE DIAGNOSES: 1. DECOMPENSATED CIRRHOSIS 2. HEPATIC ENCEPHALOPATHY GRADE 2",
            "Discharge diagnoses: decompensated cirrhosis and grade 2 hepatic encephalopathy.");
    FLAG_PAIR("DIAGNOSIS: 1) ACUTE DECOMPENSATED HEART FAILURE (HFREF, EF 30%) 2) CKD STAGE 3B 3) T2DM",
              "Diagnoses: acute decompensated heart failure with reduced ejection fraction, chronic kidney "
              "disease stage 3B, and type 2 diabetes mellitus.", "numbers");
    /* but not a cycle before the next one, nor a date before an Apgar score */
    FLAG_PAIR("PLAN: PROCEED C3. RTC 3/52 FOR C4.", "Plan: proceed with the next cycle. Return to clinic in 3 weeks for cycle 4.",
              "numbers");
    FLAG_PAIR("EMERGENCY LSCS ON 21/08. BABY BOY 2.9 KG, APGAR 8,9.",
              "Emergency caesarean section on 21 August. A baby boy of 2.9 kg, Apgar 9.", "numbers");
    /* 1/2 HRLY is every 30 minutes */
    OK_PAIR("NEURO OBS 1/2 HRLY X 2H THEN HRLY.", "Neurological observations every 30 minutes for 2 hours, then hourly.");
    FLAG_PAIR("NEURO OBS 1/2 HRLY X 2H THEN HRLY.", "Neurological observations every 2 hours for 2 hours, then hourly.",
              "numbers");
    /* OD after a nasal spray is once daily even in a note about eyes */
    OK_PAIR("MOMETASONE NASAL SPRAY 2 SPRAYS EACH NOSTRIL OD. OLOPATADINE 0.1% 1 DROP BOTH EYES BD.",
            "Mometasone nasal spray, two sprays into each nostril once daily. Olopatadine 0.1%, one drop into both eyes "
            "twice daily.");
    /* "nothing abnormal" says NAD */
    OK_PAIR("BP 116/72, URINE NAD.", "Blood pressure 116/72 mmHg; urinalysis showed nothing abnormal.");
    FLAG_PAIR("BP 116/72, URINE NAD.", "Blood pressure 116/72 mmHg; urinalysis was abnormal.", "negation");
    /* a single time (X1) may be said by the singular; a count X2 by a number word */
    OK_PAIR("SHOCK 200J X1 @ 0914, EPI 1 MG IV @ 0918.", "He received a 200 J shock at 09:14 and epinephrine 1 mg IV at 09:18.");
    OK_PAIR("EPILEPSY 2/2 OLD L TEMPORAL INFARCT. BREAKTHROUGH SZ X2 IN AUG.",
            "Epilepsy secondary to an old left temporal infarct. He had two breakthrough seizures in August.");
    FLAG_PAIR("EPILEPSY 2/2 OLD L TEMPORAL INFARCT. BREAKTHROUGH SZ X2 IN AUG.",
              "Epilepsy secondary to an old left temporal infarct. He had three breakthrough seizures in August.", "numbers");
    /* "has not previously been immunised" keeps its negation */
    OK_PAIR("NOT IMMUNISED AGAINST RABIES PREVIOUSLY.", "He has not previously been immunised against rabies.");
    FLAG_PAIR("NOT IMMUNISED AGAINST RABIES PREVIOUSLY.", "He has previously been immunised against rabies.", "negation");
    /* "FALLS: NIL IN LAST 6 MO" negates the falls */
    OK_PAIR("NA 132, RPT 2 WKS. FALLS: NIL IN LAST 6 MO.", "Sodium 132, repeat in 2 weeks. He has had no falls in the last 6 months.");
    FLAG_PAIR("NA 132, RPT 2 WKS. FALLS: NIL IN LAST 6 MO.", "Sodium 132, repeat in 2 weeks. He has had falls in the last 6 months.",
              "negation");
    /* RT after a dose that closes its item, or before feeds, is the Ryle's tube */
    OK_PAIR("INJ MGSO4 3 GM IV OVER 3 HRS, COCONUT OIL 50ML RT.",
            "Magnesium sulphate 3 g IV over 3 hours, and coconut oil 50 mL via Ryle's tube.");
    FLAG_PAIR("INJ MGSO4 3 GM IV OVER 3 HRS, COCONUT OIL 50ML RT.",
              "Magnesium sulphate 3 g IV over 3 hours, and coconut oil 50 mL via the left nostril.", "laterality");
    FLAG_PAIR("CVC 7FR RT IJV.", "Central venous catheter 7 Fr in the left internal jugular vein.", "laterality");
    /* a comma segment with its own schedule is a new order, out of the AVOID's scope */
    OK_PAIR("IVF NS 75ML/HR, AVOID FLUID OVERLOAD, GRBS 4 HRLY",
            "Normal saline at 75 mL per hour, avoiding fluid overload. Blood glucose is to be checked every 4 hours.");
    FLAG_PAIR("IVF NS 75ML/HR, AVOID FLUID OVERLOAD, GRBS 4 HRLY",
              "Normal saline at 75 mL per hour, with fluid overload. Blood glucose is to be checked every 4 hours.", "negation");
    /* MG before a dose of its own is magnesium */
    OK_PAIR("ADMITTED X2, ONCE TO HDU (MG 2G IV, NEBS SALBUTAMOL 5MG).",
            "She was admitted twice, once to HDU, where she received magnesium 2 g intravenously and nebulised salbutamol 5 mg.");
    /* Q1WK is every week */
    OK_PAIR("START ETHOSUXIMIDE 250 MG BD, INCREASE BY 250MG/DAY Q1WK TO 500 MG BD.",
            "Start ethosuximide 250 mg twice daily, increasing by 250 mg/day every week to 500 mg twice daily.");
    FLAG_PAIR("START ETHOSUXIMIDE 250 MG BD, INCREASE BY 250MG/DAY Q1WK TO 500 MG BD.",
              "Start ethosuximide 250 mg twice daily, increasing by 250 mg/day every day to 500 mg twice daily.", "numbers");
    /* FRI is Friday */
    OK_PAIR("ADVISED TO RING 999 IF SOB AT REST. PHONE AGAIN FRI",
            "Advised to call 999 if short of breath at rest. A further telephone call is planned for Friday.");
    FLAG_PAIR("ADVISED TO RING 999 IF SOB AT REST. PHONE AGAIN FRI", "Advised to call 999 if short of breath at rest.",
              "truncation");
    /* "every night at bedtime" is one night slot */
    OK_PAIR("ATORVASTATIN 40 MG QHS CONTINUE.", "Atorvastatin 40 mg every night at bedtime is continued.");
    FLAG_PAIR("ATORVASTATIN 40 MG QHS.", "Atorvastatin 40 mg in the morning and at night.", "frequency");
    /* a lung base takes its side */
    OK_PAIR("WHEEZE BILAT, L BASE COARSE CREPS.", "There is bilateral wheeze and coarse crackles at the left base.");
    FLAG_PAIR("WHEEZE BILAT, L BASE COARSE CREPS.", "There is bilateral wheeze and coarse crackles at the right base.",
              "laterality");
    /* a side carried over "and" never takes the match of a side written out */
    FLAG_PAIR("RT HANDED. WEAKNESS RT UPPER & LOWER LIMB. POWER RT UL 2/5, RT LL 3/5. RT UMN FACIAL PALSY.",
              "Right-handed. Weakness of the right upper and lower limbs. Power 2/5 in the right upper limb and 3/5 in the "
              "right lower limb. A left upper motor neuron facial palsy.",
              "laterality");
    /* a lone R the side check did not read, unsaid while the other side grows: a swap */
    OK_PAIR("CHEST: CRACKLES L BASE, R CLEAR.", "On chest examination there are crackles at the left base; the right side is clear.");
    FLAG_PAIR("CHEST: CRACKLES L BASE, R CLEAR.", "On chest examination there are crackles at the left base; the left side is clear.",
              "laterality");
    /* N/2 is half-normal saline (0.45%); normal saline is another fluid */
    OK_PAIR("CRT <2S. IVF N/2 + 5%D @ 48 ML/HR.",
            "Capillary refill time is less than 2 seconds. Half-normal saline with 5% dextrose at 48 mL/hr.");
    OK_PAIR("IVF N/2 + 5%D @ 48 ML/HR.", "0.45% saline with 5% dextrose at 48 mL/hr.");
    FLAG_PAIR("IVF N/2 + 5%D @ 48 ML/HR.", "Normal saline with 5% dextrose at 48 mL/hr.", "numbers");
    /* IVF is intravenous fluids, outside a note on fertility */
    OK_PAIR("INJ AMPICILLIN 360MG IV Q6H. FEEDS: BF ON DEMAND, NO IVF",
            "Ampicillin 360 mg intravenously every 6 hours. Feeding: breastfeeding on demand, with no IV fluids.");
    FLAG_PAIR("INJ AMPICILLIN 360MG IV Q6H. FEEDS: BF ON DEMAND, NO IVF",
              "Ampicillin 360 mg intravenously every 6 hours. Feeding: breastfeeding on demand, with IV fluids.", "negation");
    OK_PAIR("G2P1, IVF CONCEPTION, 28 WKS.", "Gravida 2, para 1, at 28 weeks, an IVF conception.");
    /* "one" closing its clause is a pronoun */
    OK_PAIR("EMERGENCY INJECTION KIT - HAS ONE, EXPIRED -> REPLACED.",
            "She has an emergency injection kit, but it had expired and has been replaced.");
    /* the source's own repetition reworded is no loop; a loop still is */
    OK_PAIR("SHOCK 200J X1 @ 0914, EPI 1 MG IV @ 0918, SHOCK 200J @ 0918, AMIODARONE 300 MG IV @ 0920, SHOCK 200J @ 0922.",
            "He received a 200 J shock at 9:14, epinephrine 1 mg IV at 9:18, a further 200 J shock at 9:18, amiodarone "
            "300 mg IV at 9:20, and another 200 J shock at 9:22.");
    FLAG_PAIR("SHOCK 200J X1 @ 0914, EPI 1 MG IV @ 0918.",
              "He received a 200 J shock at 9:14 and epinephrine 1 mg IV at 9:18. Epinephrine 1 mg IV at 9:18. "
              "Epinephrine 1 mg IV at 9:18. Epinephrine 1 mg IV at 9:18.",
              "repetition");
    /* negations counted per mention: one of two turned over while the affirmed mentions grow */
    OK_PAIR("ETOH ~40 UNITS/WK. NO GALLSTONE HX. USS: NO GALLSTONES, CBD 5MM.",
            "He drinks about 40 units of alcohol per week and has no history of gallstones. Ultrasound showed no gallstones "
            "and a common bile duct of 5 mm.");
    FLAG_PAIR("ETOH ~40 UNITS/WK. NO GALLSTONE HX. USS: NO GALLSTONES, CBD 5MM.",
              "He drinks about 40 units of alcohol per week and has a history of gallstones. Ultrasound showed no gallstones "
              "and a common bile duct of 5 mm.",
              "negation");
    OK_PAIR("NO GALLSTONE HX. USS: NO GALLSTONES.", "There is no history of gallstones, and none were seen on ultrasound.");
    /* "IF NOT BETTER ... OR DISCHARGE": the rest of a condition is not negated */
    OK_PAIR("NO DISCHARGE. RV IF NOT BETTER 48-72 HRS OR DISCHARGE.",
            "There is no discharge. Review if not better in 48 to 72 hours, or if there is discharge.");
    /* clipped words: ELEV, PALPS, BICARB */
    OK_PAIR("ECG: ST DEP 1MM V4-V6, NO ST ELEV. NIL PALPS. NO BICARB.",
            "The ECG shows 1 mm ST depression in V4 to V6 and no ST elevation. No palpitations. No bicarbonate was given.");
    FLAG_PAIR("ECG: ST DEP 1MM V4-V6, NO ST ELEV. NIL PALPS. NO BICARB.",
              "The ECG shows 1 mm ST depression in V4 to V6 and ST elevation. No palpitations. No bicarbonate was given.",
              "negation");
    FLAG_PAIR("ECG: ST DEP 1MM V4-V6, NO ST ELEV. NIL PALPS. NO BICARB.",
              "The ECG shows 1 mm ST depression in V4 to V6 and no ST elevation. No palpitations. Bicarbonate was given.",
              "negation");
    /* each item of a slashed list after NO is negated */
    OK_PAIR("NO ASCITES/PLEURAL EFFUSION ON USG.", "Ultrasound showed no ascites and no pleural effusion.");
    FLAG_PAIR("NO ASCITES/PLEURAL EFFUSION ON USG.", "Ultrasound showed no ascites and pleural effusion.", "negation");
    /* an unread R or RT unsaid while the other side grows is a swap; a letter matched once */
    OK_PAIR("CHEST - R BASE DULL, L CLEAR. CXR: SMALL R EFFUSION.",
            "On chest examination the right base is dull and the left is clear. The chest X-ray shows a small right pleural "
            "effusion.");
    FLAG_PAIR("CHEST - R BASE DULL, L CLEAR. CXR: SMALL R EFFUSION.",
              "On chest examination the right base is dull and the left is clear. The chest X-ray shows a small left pleural "
              "effusion.",
              "laterality");
    OK_PAIR("DP PULSE PALP BILAT, PT NOT PALP ON RT. ABI RT 0.78, LT 1.02.",
            "The dorsalis pedis pulses are palpable bilaterally; the posterior tibial pulse is not palpable on the right. "
            "ABI is 0.78 on the right and 1.02 on the left.");
    FLAG_PAIR("DP PULSE PALP BILAT, PT NOT PALP ON RT. ABI RT 0.78, LT 1.02.",
              "The dorsalis pedis pulses are palpable bilaterally; the posterior tibial pulse is not palpable on the left. "
              "ABI is 0.78 on the right and 1.02 on the left.",
              "laterality");
    /* (an L after an amount is litres) */
    OK_PAIR("LAPAROTOMY: RUPTURED LT AMPULLARY ECTOPIC, ~1.2 L HEMOPERITONEUM. RT TUBE AND BOTH OVARIES NORMAL.",
            "At laparotomy there was a ruptured left ampullary ectopic pregnancy with about 1.2 L of haemoperitoneum. The "
            "right tube and both ovaries were normal.");
    /* a dose names its drug within its own item of a list, not anywhere in the sentence */
    OK_PAIR("NEB IPRATROPIUM 500MCG QDS, TAB PREDNISOLONE 40MG OD X 5 DAYS.",
            "Ipratropium 500 micrograms nebulised four times daily, and prednisolone 40 mg orally once daily for 5 days.");
    OK_PAIR("NEB IPRATROPIUM 500MCG QDS, PREDNISOLONE 40MG OD X 5 DAYS.",
            "Ipratropium 500 micrograms nebulised four times daily, and 40 mg of prednisolone once daily for 5 days.");
    FLAG_PAIR("NEB IPRATROPIUM 500MCG QDS, PREDNISOLONE 40MG OD X 5 DAYS.",
              "Ipratropium 500 micrograms nebulised four times daily, and 40 mg orally once daily for 5 days.", "medication");
    OK_PAIR("CBG 38 MG/DL. GIVEN 25% DEXTROSE 50 ML IV.", "Capillary blood glucose was 38 mg/dL. She was given 50 mL of 25% dextrose IV.");
    OK_PAIR("10% DEXTROSE @ 100 ML/HR.", "10% dextrose was infused at 100 mL/hour.");
    /* NIL before its finding negates forwards (not the specimen before it); "is negative for"
       puts its subject in the wide scope */
    OK_PAIR("NO DIARRHOEA, NO COUGH. URINE R/M NIL PUS CELLS.",
            "No diarrhea and no cough. Urine routine microscopy shows no pus cells.");
    FLAG_PAIR("NO DIARRHOEA, NO COUGH. URINE R/M NIL PUS CELLS.",
              "No diarrhea and no cough. Urine routine microscopy shows pus cells.", "negation");
    OK_PAIR("SOB NIL, COUGH NIL.", "There is no shortness of breath and no cough.");
    OK_PAIR("NO PEDAL EDEMA. URINE ALB/SUGAR -VE.", "There is no pedal edema, and urine is negative for albumin and sugar.");
    /* short names: HTIG, DEPO, SOF + DCV, CARBO, BETADINE */
    OK_PAIR("RX: HTIG 3000 IU IM STAT.", "Treatment: human tetanus immunoglobulin 3000 international units intramuscularly at once.");
    FLAG_PAIR("RX: HTIG 3000 IU IM STAT.", "Treatment: 3000 international units intramuscularly at once.", "medication");
    OK_PAIR("FP: DEPO 150MG IM GIVEN.", "Family planning: Depo-Provera (medroxyprogesterone) 150 mg was given intramuscularly.");
    OK_PAIR("START SOF 400MG + DCV 60MG ONCE DAILY X 12 WKS.", "Start sofosbuvir 400 mg plus daclatasvir 60 mg once daily for 12 weeks.");
    OK_PAIR("C4D1 CARBO/PEMETREXED + PEMBRO.", "Cycle 4, day 1 of carboplatin and pemetrexed plus pembrolizumab.");
    OK_PAIR("BETADINE GARGLES QID.", "Povidone-iodine (Betadine) gargles four times a day.");
    /* words after a form that are no drug: an infusion visit, a hanging-drop preparation */
    OK_PAIR("ONC INFUSION VISIT: C3D1 FOLFOX.", "Oncology infusion visit: cycle 3, day 1 of FOLFOX.");
    /* a count per week is no "twice daily" of another drug */
    OK_PAIR("PROPRANOLOL 40MG BD. SUMATRIPTAN 50MG SOS, MAX 2/WEEK.",
            "Propranolol 40 mg twice daily. Sumatriptan 50 mg tablets as needed, to a maximum of 2 per week.");
    FLAG_PAIR("PROPRANOLOL 40MG BD. SUMATRIPTAN 50MG SOS, MAX 2/WEEK.",
              "Propranolol 40 mg twice daily. Sumatriptan 50 mg tablets as needed, to a maximum of 3 per week.", "numbers");
    /* ORIENTED X3 said by its spheres */
    OK_PAIR("NO HALLUCINATIONS. ORIENTED X3.", "No hallucinations. He is oriented to time, place and person.");
    FLAG_PAIR("NO HALLUCINATIONS. ORIENTED X3.", "No hallucinations. He is oriented to time and place.", "numbers");
    /* a pupil's side before its size */
    OK_PAIR("GCS 10/15. PUPILS: R 4MM SLUGGISH, L 3MM REACTIVE.",
            "GCS was 10/15. The right pupil is 4 mm and sluggish, and the left pupil is 3 mm and reactive.");
    /* a comma segment with a plus of its own leaves a denial's scope */
    OK_PAIR("DENIES ACTIVE SI/HI, PASSIVE DEATH WISHES +. NO H/O SUICIDE ATTEMPTS.",
            "She denies active suicidal or homicidal ideation, but passive death wishes are present. There is no history of "
            "suicide attempts.");
    /* a limit with its verb between: "not to be performed before" */
    OK_PAIR("NEUROPROGNOSTICATION NOT BEFORE 72H.", "Neuroprognostication is not to be performed before 72 hours.");
    FLAG_PAIR("NEUROPROGNOSTICATION NOT BEFORE 72H.", "Neuroprognostication is to be performed before 72 hours.", "negation");
    /* R WAVE is an ECG wave; COVID-19's 19 is its name; an infusion that continues names no drug */
    OK_PAIR("ECG: QRS 142MS, R WAVE AVR 4MM.", "The ECG shows a QRS of 142 ms and an R wave in aVR of 4 mm.");
    OK_PAIR("COVID NEG, INFLUENZA A +VE.", "COVID-19 is negative and influenza A is positive.");
    OK_PAIR("NAC INFUSION CONTINUES.", "The N-acetylcysteine infusion continues.");
    OK_PAIR("INTUBATED 0400 FOR T2RF (PCO2 68).", "The patient was intubated at 04:00 for type 2 respiratory failure (pCO2 68).");
    /* an instruction heading its list after a colon */
    OK_PAIR("AVOID: AMINOGLYCOSIDES, FLUOROQUINOLONES, MAGNESIUM, BETA BLOCKERS.",
            "Avoid aminoglycosides, fluoroquinolones, magnesium and beta blockers.");
    /* "no more than" turned into "more than" */
    OK_PAIR("EVD DRAIN AT 10 CMH2O, NOT MORE THAN 10 ML/HR.", "The EVD drains at 10 cmH2O, with no more than 10 mL/hr.");
    FLAG_PAIR("EVD DRAIN AT 10 CMH2O, NOT MORE THAN 10 ML/HR.", "The EVD drains at 10 cmH2O, with more than 10 mL/hr.", "negation");
    /* Q3WKLY, Q2W, Q4W: every N weeks */
    OK_PAIR("ON REGULAR TRANSFUSION Q3WKLY. HB 7.2 G/DL.", "On regular transfusions every 3 weeks. Haemoglobin was 7.2 g/dL.");
    FLAG_PAIR("ON REGULAR TRANSFUSION Q3WKLY. HB 7.2 G/DL.", "On regular transfusions every 3 days. Haemoglobin was 7.2 g/dL.",
              "numbers");
    /* a decimal after a slash: 5MG/7.5MG, MG/0.05ML (and its trailing zero still seen) */
    OK_PAIR("INCREASE WARFARIN TO 5MG/7.5MG ALT DAYS.", "Increase warfarin to 5 mg and 7.5 mg on alternate days.");
    FLAG_PAIR("INCREASE WARFARIN TO 5MG/7.5MG ALT DAYS.", "Increase warfarin to 5 mg and 5 mg on alternate days.", "numbers");
    OK_PAIR("INTRAVITREAL RANIBIZUMAB 0.5MG/0.05ML RE.", "Intravitreal ranibizumab 0.5 mg/0.05 mL into the right eye.");
    FLAG_PAIR("CALPOL 120MG/5ML 5ML QDS.", "Calpol (paracetamol 120 mg/5.0 mL) 5 mL four times a day.", "do_not_use");
    /* PEG-FILGRASTIM is pegfilgrastim, not filgrastim */
    OK_PAIR("PEG-FILGRASTIM 6MG SC D2.", "Pegfilgrastim 6 mg subcutaneously on day 2.");
    FLAG_PAIR("PEG-FILGRASTIM 6MG SC D2.", "Filgrastim 6 mg subcutaneously on day 2.", "medication");
    /* 2' is secondary; C3A is cycle 3A; RT: 66GY is radiotherapy */
    OK_PAIR("ESRD 2' DM NEPHROPATHY ON MHD 3X/WK.",
            "End-stage renal disease secondary to diabetic nephropathy, on maintenance haemodialysis three times a week.");
    OK_PAIR("HODGKIN LYMPHOMA STAGE IIA. ABVD C3A.", "Hodgkin lymphoma, stage IIA, on ABVD cycle 3A.");
    OK_PAIR("CA LT BUCCAL MUCOSA. RT: 66GY/33# TO DATE 40GY/20#.",
            "Carcinoma of the left buccal mucosa. Radiotherapy: 66 Gy in 33 fractions, 40 Gy in 20 fractions to date.");
    /* round 13: an age in months, midnight, rose, one immediate dose, BPO, contact with, NAD after
       what was examined, TWOC, LUTS, the noun of a verb */
    OK_PAIR("18/12 OLD, ECZEMA FLARE - FLEXURES + CHEEKS.", "An 18-month-old with an eczema flare in the flexures and on the cheeks.");
    OK_PAIR("POSTURE: L SIDE DOWN TONIGHT. NBM FROM 00:00.", "Posture: left side down tonight. Nil by mouth from midnight.");
    FLAG_PAIR("POSTURE: L SIDE DOWN TONIGHT. NBM FROM 00:00.", "Posture: left side down tonight. Nil by mouth from noon.",
              "numbers");
    OK_PAIR("TROP T 48 -> 112 NG/L AT 3H.", "High-sensitivity troponin T rose from 48 to 112 ng/L at 3 hours.");
    OK_PAIR("ACETAZOLAMIDE 250MG STAT PO FOR RAISED IOP.",
            "Acetazolamide 250 mg orally, one immediate dose, for the raised intraocular pressure.");
    OK_PAIR("FAILED DOXY 100MG OD X 3/12 + ADAPALENE/BPO GEL.",
            "She failed doxycycline 100 mg once daily for 3 months plus adapalene/benzoyl peroxide gel.");
    OK_PAIR("COVER LESIONS, AVOID PREGNANT CONTACTS.", "She should keep the lesions covered and avoid contact with pregnant people.");
    OK_PAIR("FLEXI CYSTO: 2CM PAPILLARY LESION L LATERAL WALL. URETHRA, PROSTATE NAD.",
            "Flexible cystoscopy showed a 2 cm papillary lesion on the left lateral wall. The urethra and prostate were "
            "unremarkable.");
    OK_PAIR("TAMSULOSIN 400MCG OD. TWOC IN 2/52.", "Tamsulosin 400 micrograms once daily. Trial without catheter in two weeks.");
    FLAG_PAIR("TAMSULOSIN 400MCG OD. TWOC IN 2/52.", "Tamsulosin 400 micrograms once daily. Trial with catheter in two weeks.",
              "negation");
    FLAG_PAIR("NO LUTS. PSA 4.1.", "He has lower urinary tract symptoms. PSA is 4.1.", "negation");
    FLAG_PAIR("NOT ON ANTICOAGULANTS. NO IMMUNOSUPPRESSION.", "He is not on anticoagulants and is immunosuppressed.", "negation");
    /* an en dash read through cp1252 still ends a clause; "both A and B" is a pair, no side */
    OK_PAIR("REPEAT TTG 6/12. NO FAMILY HX \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C FIRST DEGREE RELATIVES OFFERED SCREENING",
            "Repeat tTG in 6 months. There is no family history; first-degree relatives have been offered screening.");
    OK_PAIR("PROGRESSIVE DYSPHAGIA TO SOLIDS AND LIQUIDS X 1 YR.", "Progressive dysphagia to both solids and liquids for 1 year.");
    FLAG_PAIR("ITCHY ANNULAR PLAQUES R GROIN AND L FLANK.", "Itchy annular plaques in both groins and on the left flank.",
              "laterality");
}

int main(void) {
    blind_set_rules();
    guard10_rules();
    guard11_rules();
    guard12_rules();
    guard13_rules();
    guard14_rules();
    guard15_rules();
    guard16_rules();
    guard17_rules();
    guard17_round17();
    guard19_rules();
    guard20_rules();
    guard21_rules();
    guard22_rules();
    guard23_rules();
    guard24_rules();
    guard25_rules();
    guard26_rules();
    guard27_rules();
    guard28_rules();
    guard30_rules();
    guard31_rules();
    guard32_rules();
    guard34_rules();
    guard35_rules();
    guard36_rules();
    guard37_rules();
    guard38_rules();
    guard39_rules();
    guard40_rules();
    guard41_rules();
    guard42_rules();
    guard43_rules();
    guard44_rules();
    guard45_rules();
    guard46_rules();
    guard47_rules();
    guard48_rules();
    guard49_rules();
    guard50_rules();
    guard51_rules();
    guard52_rules();
    guard53_rules();
    guard54_rules();
    guard55_rules();
    guard56_rules();
    guard57_rules();
    guard58_rules();
    guard59_rules();
    guard60_rules();
    guard61_rules();
    guard62_rules();
    guard63_rules();
    guard64_rules();
    guard65_rules();
    guard66_rules();
    guard67_rules();
    guard68_rules();
    guard69_rules();
    guard70_rules();
    guard71_rules();
    guard72_rules();
    guard73_rules();
    blind3_rules();
    guard4_rules();
    guard5_rules();
    guard6_rules();
    guard7_rules();
    guard8_rules();
    trigger_place_rules();
    on_flag();
    numbers();
    frequency();
    negation();
    laterality();
    meds();
    forms();
    shape();
    spans_and_json();
    return cc_test_finish("test_guard");
}
